import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Transfer } from '@sce/shared-contracts';
import { PracticePageStore } from '@sce/web-practices-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { aPracticeDetail } from '../testing.spec-helper';
import { TransferForm } from '../transfer-form/transfer-form';
import { TransferItem } from '../transfer-item/transfer-item';

const PRACTICE = '11111111-1111-4111-8111-111111111111';

function aTransfer(overrides: Partial<Transfer> = {}): Transfer {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    practiceId: PRACTICE,
    practiceTitle: 'Chat assistant for bin collection questions',
    from: { id: 'org-a', name: 'Aberdeen City Council', country: 'GB', city: 'Aberdeen' },
    to: { id: 'org-g', name: 'City of Gothenburg', country: 'SE', city: 'Gothenburg' },
    stage: 'exploring',
    adaptations: '',
    lessons: '',
    impact: [],
    successFactors: ['open api'],
    failureFactors: [],
    history: [
      {
        stage: 'exploring',
        note: 'Looking at it.',
        by: { id: 'person-1', displayName: 'Sofia Berg' },
        at: '2026-11-01T10:00:00.000Z',
      },
    ],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    viewer: { canEdit: true },
    ...overrides,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('transfers', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), PracticePageStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function setValue(host: HTMLElement, selector: string, value: string): void {
    const control = host.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    if (control === null) {
      throw new Error(`no ${selector}`);
    }
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function button(host: HTMLElement, name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) {
      throw new Error(`no button ${name}`);
    }
    return found;
  }

  describe('an existing one', () => {
    let fixture: ComponentFixture<TransferItem>;
    const host = () => fixture.nativeElement as HTMLElement;

    async function show(transfer: Transfer): Promise<void> {
      fixture = TestBed.createComponent(TransferItem);
      fixture.componentRef.setInput('transfer', transfer);
      await fixture.whenStable();
    }

    it('shows the measured impact as a table', async () => {
      await show(
        aTransfer({
          viewer: { canEdit: false },
          impact: [
            { name: 'Calls about bins', before: 800, after: 200, unit: 'calls', period: '2026', source: 'contact centre' },
          ],
        }),
      );
      expect(host().querySelector('caption')?.textContent?.trim()).toBe(
        'Impact measured by City of Gothenburg',
      );
      expect(
        Array.from(host().querySelectorAll('tbody tr > *')).map((c) =>
          c.textContent?.replace(/\s+/g, ' ').trim(),
        ),
      ).toEqual(['Calls about bins', '800 → 200', '−75%', 'calls', '2026', 'contact centre']);
      // Only the adopting organisation updates it.
      expect(host().querySelector('button.update-toggle')).toBeNull();
    });

    it('lets the adopting organisation move it on with a note and record its impact', async () => {
      await show(aTransfer());
      const toggle = host().querySelector<HTMLButtonElement>('button.update-toggle');
      expect(toggle?.textContent?.trim()).toBe('Update this transfer');
      expect(toggle?.getAttribute('aria-label')).toBe(
        'Update this transfer (City of Gothenburg)',
      );
      toggle?.click();
      await fixture.whenStable();
      const stage = host().querySelector<HTMLSelectElement>('sce-transfer-update select');
      expect(document.activeElement).toBe(stage);
      expect(Array.from(stage?.options ?? []).map((o) => o.text.trim())).toEqual([
        'Keep: Exploring',
        'Piloting',
        'Adopted',
        'Abandoned',
      ]);

      // A note without a new stage would be lost: the form says so.
      const id = stage?.id.replace(/-stage$/, '') ?? '';
      setValue(host(), `#${id}-note`, 'Pilot in two districts.');
      button(host(), 'Save transfer').click();
      await fixture.whenStable();
      expect(host().querySelector(`#${id}-note-error`)?.textContent?.trim()).toBe(
        'Choose a new stage for this note, or leave the note empty.',
      );
      expect(document.activeElement?.id).toBe(`${id}-note`);

      setValue(host(), `#${id}-stage`, 'piloting');
      button(host(), 'Add an impact measure').click();
      await fixture.whenStable();
      expect(document.activeElement?.id).toBe(`${id}-impact-0-name`);
      setValue(host(), `#${id}-impact-0-name`, 'Calls about bins');
      setValue(host(), `#${id}-impact-0-before`, '800');
      setValue(host(), `#${id}-impact-0-after`, '200');
      setValue(host(), `#${id}-impact-0-unit`, 'calls');
      button(host(), 'Save transfer').click();
      await fixture.whenStable();

      const patch = http.expectOne(`/api/transfers/${aTransfer().id}`);
      expect(patch.request.method).toBe('PATCH');
      expect(patch.request.body).toEqual({
        stage: 'piloting',
        note: 'Pilot in two districts.',
        impact: [
          { name: 'Calls about bins', before: 800, after: 200, unit: 'calls', period: '', source: '' },
        ],
      });
      patch.flush(aTransfer({ stage: 'piloting' }));
      await fixture.whenStable();
      await settle();
      expect(host().querySelector('sce-transfer-update')).toBeNull();
      expect(document.activeElement).toBe(host().querySelector('button.update-toggle'));
      expect(TestBed.inject(Announcer).announcement()).toMatchObject({
        key: 'practices.transfers.update.done',
        params: { organisation: 'City of Gothenburg', stage: 'Piloting' },
      });
    });
  });

  describe('a new one', () => {
    it('records the impact measured with the transfer', async () => {
      const practice = aPracticeDetail({ id: PRACTICE });
      TestBed.inject(PracticePageStore).load(PRACTICE).subscribe();
      http.expectOne(`/api/practices/${PRACTICE}`).flush(practice);
      http
        .expectOne(`/api/practices/${PRACTICE}/evaluations`)
        .flush({ scores: practice.scores, evaluations: [] });
      const fixture = TestBed.createComponent(TransferForm);
      await fixture.whenStable();
      const host = fixture.nativeElement as HTMLElement;
      button(host, 'Add an impact measure').click();
      await fixture.whenStable();
      setValue(host, '#transfer-impact-0-name', 'Calls about bins');
      setValue(host, '#transfer-impact-0-after', 'fewer');
      setValue(host, '#transfer-impact-0-unit', 'calls');
      button(host, 'Record transfer').click();
      await fixture.whenStable();
      expect(host.querySelector('.sce-problems')?.textContent).toContain(
        'Impact measure 1: Enter the value after as a number, such as 12.5.',
      );
      expect(document.activeElement?.id).toBe('transfer-impact-0-after');

      setValue(host, '#transfer-impact-0-after', '200');
      button(host, 'Record transfer').click();
      await fixture.whenStable();
      const post = http.expectOne(`/api/practices/${PRACTICE}/transfers`);
      expect(post.request.body.impact).toEqual([
        { name: 'Calls about bins', before: null, after: 200, unit: 'calls', period: '', source: '' },
      ]);
      post.flush(aTransfer());
      // The practice is fetched again, with the new transfer.
      http.expectOne(`/api/practices/${PRACTICE}`).flush(practice);
    });
  });
});
