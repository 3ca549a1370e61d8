import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { Announcer } from '@sce/web-shared-data-access';
import { CalendarFeed } from './calendar-feed';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const url = '/api/users/me/calendar-token';

describe('CalendarFeed', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    http.verify();
  });

  async function create() {
    const fixture = TestBed.createComponent(CalendarFeed);
    document.body.appendChild(fixture.nativeElement);
    const element = fixture.nativeElement as HTMLElement;
    const button = (name: string, root: ParentNode = element) =>
      Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => b.textContent?.trim() === name,
      );
    return { fixture, element, button };
  }

  async function confirm(name: string): Promise<void> {
    for (let i = 0; i < 50; i++) {
      const found = Array.from(
        document.querySelectorAll<HTMLButtonElement>('.cdk-overlay-container button'),
      ).find((b) => b.textContent?.trim() === name);
      if (found) {
        found.click();
        await tick();
        return;
      }
      await tick();
    }
    throw new Error(`no dialog button ${name}`);
  }

  it('makes a feed address and shows it once, with a copy button', async () => {
    const { fixture, element, button } = await create();
    http.expectOne(url).flush({ active: false, createdAt: null });
    await fixture.whenStable();
    expect(element.querySelector('.status')?.textContent?.trim()).toBe(
      'You have no calendar feed.',
    );
    button('Make a feed address')?.click();
    const post = http.expectOne(url);
    expect(post.request.method).toBe('POST');
    post.flush({
      url: 'https://exchange.example.org/api/calendar/sce_cal_secret.ics',
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    await fixture.whenStable();
    const input = element.querySelector<HTMLInputElement>('#feed-url');
    expect(input?.value).toBe('https://exchange.example.org/api/calendar/sce_cal_secret.ics');
    expect(input?.getAttribute('aria-describedby')).toBe('feed-url-warning');
    expect(element.querySelector('.status')?.textContent?.trim()).toBe(
      'Your calendar feed has been on since 27 Nov 2026.',
    );
    expect(button('Copy address')).toBeDefined();
    expect(document.activeElement).toBe(element.querySelector('.secret'));
  });

  it('makes a new address and turns the feed off, after asking', async () => {
    const { fixture, element, button } = await create();
    http.expectOne(url).flush({ active: true, createdAt: '2026-11-01T10:00:00.000Z' });
    await fixture.whenStable();
    expect(element.querySelector('.hint')?.textContent).toContain('shown only once');

    button('Make a new address')?.click();
    await confirm('Keep the current address');
    http.expectNone(url);

    button('Turn off the feed')?.click();
    await confirm('Turn off');
    const remove = http.expectOne(url);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('.status')?.textContent?.trim()).toBe(
      'You have no calendar feed.',
    );
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('events.feed.revoked');
  });
});
