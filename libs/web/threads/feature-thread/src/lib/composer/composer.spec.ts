import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import {
  ChangeDetectionStrategy,
  Component,
  signal,
  viewChild,
} from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Person } from '@sce/shared-contracts';
import {
  DRAFT_STORAGE_PREFIX,
  PEOPLE_SEARCH_DEBOUNCE_MS,
} from '@sce/web-threads-data-access';
import { I18nService } from '@sce/web-shared-data-access';
import { Composer } from './composer';

@Component({
  selector: 'sce-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Composer],
  template: `
    @if (shown()) {
      <sce-composer
        inputId="reply"
        label="Your reply"
        hint="Markdown works."
        [draftKey]="draftKey()"
        [(value)]="text"
        [error]="error()"
        [mentions]="mentions()"
        sendLabel="Post reply"
        cancelLabel="Cancel"
        (send)="sent.push($event)"
        (cancelled)="cancelled.set(true)"
      />
    }
  `,
})
class Host {
  readonly shown = signal(true);
  readonly text = signal('');
  readonly draftKey = signal<string | null>(null);
  readonly error = signal<string | null>(null);
  readonly mentions = signal(true);
  readonly cancelled = signal(false);
  readonly sent: string[] = [];
  readonly composer = viewChild(Composer);
}

const anne: Person = {
  id: '5b0e8c4e-1f6a-4d2b-9c3e-7a1d2e3f4a5b',
  displayName: 'Anne Kjær',
  organisationId: '00000000-0000-4000-8000-000000000101',
  organisationName: 'Aarhus Municipality',
};
const joanna: Person = {
  id: '6c1f9d5f-2a7b-4e3c-8d4f-8b2e3f4a5b6c',
  displayName: 'Joanna Berg',
  organisationId: '00000000-0000-4000-8000-000000000102',
  organisationName: 'Stavanger Municipality',
};

describe('Composer', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const textarea = () =>
    element().querySelector<HTMLTextAreaElement>('textarea#reply') as HTMLTextAreaElement;
  const button = (name: string) =>
    Array.from(element().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
    ) as HTMLButtonElement;

  async function type(text: string): Promise<void> {
    textarea().value = text;
    textarea().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  /** Waits until typing has paused long enough for the people search to ask. */
  const pause = () =>
    new Promise((resolve) => setTimeout(resolve, PEOPLE_SEARCH_DEBOUNCE_MS + 20));

  /**
   * Types `text` with the caret at `caret` (default: the end), waits out the debounce and
   * answers the people search with `people`.
   */
  async function mention(text: string, people: Person[], caret = text.length): Promise<void> {
    textarea().value = text;
    textarea().setSelectionRange(caret, caret);
    textarea().dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await pause();
    const search = http.expectOne((r) => r.url === '/api/users');
    const before = text.slice(0, caret);
    expect(search.request.params.get('q')).toBe(before.slice(before.lastIndexOf('@') + 1));
    search.flush(people);
    await fixture.whenStable();
  }

  const options = () =>
    Array.from(element().querySelectorAll<HTMLElement>('#reply-mentions [role="option"]'));

  async function key(init: KeyboardEventInit, target: HTMLElement = textarea()) {
    const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    await fixture.whenStable();
    return event;
  }

  async function create(setup?: (host: Host) => void): Promise<void> {
    fixture = TestBed.createComponent(Host);
    setup?.(fixture.componentInstance);
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(I18nService).setLanguage('en');
  });

  it('is a labelled textarea with its hint, length and shortcuts', async () => {
    await create();
    expect(element().querySelector('label[for="reply"]')?.textContent).toBe(
      'Your reply',
    );
    expect(textarea().getAttribute('aria-describedby')).toBe(
      'reply-hint reply-count reply-keys',
    );
    await type('Hello');
    expect(element().querySelector('#reply-count')?.textContent?.trim()).toBe(
      '5 of 50,000 characters',
    );
    expect(fixture.componentInstance.text()).toBe('Hello');
  });

  it('formats with the toolbar and the keyboard', async () => {
    await create();
    await type('make this bold');
    textarea().setSelectionRange(10, 14);
    button('Bold (Ctrl+B)').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.text()).toBe('make this **bold**');

    textarea().setSelectionRange(5, 9);
    const event = await key({ key: 'i', ctrlKey: true });
    expect(event.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.text()).toBe('make _this_ **bold**');
  });

  it('moves between the toolbar’s buttons with the arrow keys', async () => {
    await create();
    const toolbar = element().querySelector('[role="toolbar"]') as HTMLElement;
    expect(toolbar.getAttribute('aria-label')).toBe('Formatting');
    const tools = Array.from(toolbar.querySelectorAll('button'));
    expect(tools.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    tools[0].focus();
    await key({ key: 'ArrowRight' }, tools[0]);
    expect(document.activeElement).toBe(tools[1]);
    expect(tools.map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1, -1, -1]);
    await key({ key: 'End' }, tools[1]);
    expect(document.activeElement).toBe(tools[5]);
  });

  it('sends with Ctrl+Enter and the button, and cancels', async () => {
    await create();
    await type('Thanks!');
    await key({ key: 'Enter', ctrlKey: true });
    button('Post reply').click();
    button('Cancel').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.sent).toEqual(['Thanks!', 'Thanks!']);
    expect(fixture.componentInstance.cancelled()).toBe(true);
  });

  it('previews with the API’s rendering in a tab panel', async () => {
    await create();
    await type('**hi**');
    const [write, preview] = Array.from(element().querySelectorAll('[role="tab"]'));
    expect(write.getAttribute('aria-selected')).toBe('true');
    (preview as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(preview.getAttribute('aria-selected')).toBe('true');
    const request = http.expectOne('/api/markdown/preview');
    expect(request.request.body).toEqual({ body: '**hi**' });
    request.flush({ bodyHtml: '<p><strong>hi</strong></p>' });
    await fixture.whenStable();
    const panel = element().querySelector('#reply-preview-panel') as HTMLElement;
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('aria-labelledby')).toBe('reply-preview-tab');
    expect(panel.querySelector('strong')?.textContent).toBe('hi');
    expect((element().querySelector('#reply-write-panel') as HTMLElement).hidden).toBe(true);

    // The arrow keys switch back, without asking again for the same text.
    await key({ key: 'ArrowLeft' }, preview as HTMLElement);
    expect(write.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(write);
  });

  it('shows problems at the field: the parent’s, and a text that is too long', async () => {
    await create((host) => host.error.set('Write something first.'));
    expect(element().querySelector('#reply-error')?.textContent).toBe(
      'Write something first.',
    );
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
    expect(textarea().getAttribute('aria-describedby')).toContain('reply-error');

    fixture.componentInstance.error.set(null);
    await type('x'.repeat(50_001));
    expect(element().querySelector('#reply-error')?.textContent).toContain(
      'at most 50,000 characters',
    );
  });

  it('keeps a draft and offers it back', async () => {
    await create((host) => host.draftKey.set('reply.t1'));
    await type('Half a thought');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(localStorage.getItem(`${DRAFT_STORAGE_PREFIX}reply.t1`)).toBe(
      'Half a thought',
    );

    // Closed and opened again: the draft comes back, and can be discarded.
    fixture.componentInstance.shown.set(false);
    fixture.componentInstance.text.set('');
    await fixture.whenStable();
    fixture.componentInstance.shown.set(true);
    await fixture.whenStable();
    expect(textarea().value).toBe('Half a thought');
    expect(element().textContent).toContain('Your unsent draft has been restored.');
    button('Discard draft').click();
    await fixture.whenStable();
    expect(textarea().value).toBe('');
    expect(localStorage.getItem(`${DRAFT_STORAGE_PREFIX}reply.t1`)).toBeNull();
  });

  it('empties itself and forgets the draft once the text was sent', async () => {
    await create((host) => host.draftKey.set('reply.t2'));
    await type('Sent text');
    fixture.componentInstance.composer()?.reset();
    await fixture.whenStable();
    expect(fixture.componentInstance.text()).toBe('');
    expect(textarea().value).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 450));
    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    expect(localStorage.getItem(`${DRAFT_STORAGE_PREFIX}reply.t2`)).toBeNull();
  });

  it('offers people to mention after @ and two letters, and picks with the keyboard', async () => {
    await create();
    expect(textarea().getAttribute('aria-autocomplete')).toBe('list');
    expect(textarea().getAttribute('aria-controls')).toBeNull();
    expect(element().querySelector('#reply-keys')?.textContent).toContain(
      'To mention someone, type @ and at least two letters of their name.',
    );

    await mention('Thanks, @an', [anne, joanna]);
    const listbox = element().querySelector('#reply-mentions') as HTMLElement;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(listbox.getAttribute('aria-label')).toBe('People to mention');
    expect(listbox.hidden).toBe(false);
    expect(textarea().getAttribute('aria-controls')).toBe('reply-mentions');
    expect(options().map((o) => o.getAttribute('aria-label'))).toEqual([
      'Anne Kjær, Aarhus Municipality',
      'Joanna Berg, Stavanger Municipality',
    ]);
    expect(element().querySelector('[role="status"]')?.textContent).toBe(
      '2 people found. Choose with the up and down arrow keys and Enter.',
    );
    expect(textarea().getAttribute('aria-activedescendant')).toBe(options()[0].id);

    // Down twice wraps back to the first; up goes to the last.
    await key({ key: 'ArrowDown' });
    expect(textarea().getAttribute('aria-activedescendant')).toBe(options()[1].id);
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    await key({ key: 'ArrowDown' });
    expect(textarea().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    const up = await key({ key: 'ArrowUp' });
    expect(up.defaultPrevented).toBe(true);

    const enter = await key({ key: 'Enter' });
    expect(enter.defaultPrevented).toBe(true);
    const picked = `Thanks, @[Joanna Berg](user:${joanna.id}) `;
    expect(fixture.componentInstance.text()).toBe(picked);
    expect(textarea().value).toBe(picked);
    expect(textarea().selectionStart).toBe(picked.length);
    expect(document.activeElement).toBe(textarea());
    expect(listbox.hidden).toBe(true);
    expect(textarea().getAttribute('aria-activedescendant')).toBeNull();
    expect(textarea().getAttribute('aria-controls')).toBeNull();
    // Nothing was sent: Enter picked.
    expect(fixture.componentInstance.sent).toEqual([]);
  });

  it('picks with Tab and a click, in the middle of the text', async () => {
    await create();
    await mention('Ask @jo', [joanna]);
    const tab = await key({ key: 'Tab' });
    expect(tab.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.text()).toBe(`Ask @[Joanna Berg](user:${joanna.id}) `);

    await type('');
    await mention('@an and more', [anne], 3);
    const mousedown = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    options()[0].dispatchEvent(mousedown);
    expect(mousedown.defaultPrevented).toBe(true);
    options()[0].click();
    await fixture.whenStable();
    const picked = `@[Anne Kjær](user:${anne.id}) `;
    expect(fixture.componentInstance.text()).toBe(`${picked}and more`);
    expect(textarea().selectionStart).toBe(picked.length);
  });

  it('closes with Escape until another @, and keeps Ctrl+Enter sending', async () => {
    await create();
    await mention('Hi @an', [anne]);
    const escape = await key({ key: 'Escape' });
    expect(escape.defaultPrevented).toBe(true);
    expect((element().querySelector('#reply-mentions') as HTMLElement).hidden).toBe(true);
    // Typing on after Escape asks nothing more for this @.
    await type('Hi @ann');
    await pause();
    http.expectNone((r) => r.url === '/api/users');
    expect((await key({ key: 'Enter' })).defaultPrevented).toBe(false);

    await mention('Hi @ann and @jo', [joanna]);
    const send = await key({ key: 'Enter', ctrlKey: true });
    expect(send.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.sent).toEqual(['Hi @ann and @jo']);
  });

  it('says when no one was found, and offers nothing without mentions', async () => {
    await create();
    await mention('Hi @zz', []);
    expect((element().querySelector('#reply-mentions') as HTMLElement).hidden).toBe(true);
    expect(element().querySelector('.empty')?.textContent?.trim()).toBe(
      'No one found with that name.',
    );
    expect(element().querySelector('[role="status"]')?.textContent).toBe(
      'No one found with that name.',
    );
    expect((await key({ key: 'Enter' })).defaultPrevented).toBe(false);

    fixture.componentInstance.mentions.set(false);
    await fixture.whenStable();
    await type('Hi @zzz');
    await pause();
    http.expectNone((r) => r.url === '/api/users');
    expect(element().querySelector('#reply-mentions')).toBeNull();
    expect(textarea().getAttribute('aria-autocomplete')).toBeNull();
  });

  it('speaks Dutch', async () => {
    await TestBed.inject(I18nService).setLanguage('nl');
    await create();
    expect(
      Array.from(element().querySelectorAll('[role="tab"]')).map((t) =>
        t.textContent?.trim(),
      ),
    ).toEqual(['Schrijven', 'Voorbeeld']);
    expect(button('Vet (Ctrl+B)')).toBeTruthy();
  });
});
