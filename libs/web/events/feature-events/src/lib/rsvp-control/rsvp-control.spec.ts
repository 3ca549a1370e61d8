import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RsvpAnswer, RsvpStatus } from '@sce/shared-contracts';
import type { RsvpClosedReason } from '@sce/web-events-data-access';
import { I18nService } from '@sce/web-shared-data-access';
import { RsvpControl } from './rsvp-control';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RsvpControl],
  template: `
    <sce-rsvp-control
      [status]="status()"
      [waitlistPosition]="position()"
      [closedReason]="closed()"
      [full]="full()"
      [busy]="busy()"
      (answered)="answers.push($event)"
      ><a href="/sign-in">Sign in</a></sce-rsvp-control
    >
  `,
})
class Host {
  readonly status = signal<RsvpStatus | null>(null);
  readonly position = signal<number | null>(null);
  readonly closed = signal<RsvpClosedReason | null>(null);
  readonly full = signal(false);
  readonly busy = signal(false);
  readonly answers: RsvpAnswer[] = [];
}

describe('RsvpControl', () => {
  afterEach(() => TestBed.inject(I18nService).setLanguage('en'));

  async function create() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const buttons = () => Array.from(element.querySelectorAll('button'));
    const text = (selector: string) =>
      element.querySelector(selector)?.textContent?.trim().replace(/\s+/g, ' ');
    return { fixture, host: fixture.componentInstance, element, buttons, text };
  }

  it('offers three toggle buttons in a labelled group and answers with a click', async () => {
    const { fixture, host, element, buttons, text } = await create();
    const group = element.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-labelledby')).toBe('rsvp-heading');
    expect(text('#rsvp-heading')).toBe('Will you come?');
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['Going', 'Maybe', 'Can’t go']);
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'false']);
    expect(text('#rsvp-status')).toBe('You have not answered yet.');

    buttons()[0].click();
    expect(host.answers).toEqual(['going']);

    host.status.set('going');
    await fixture.whenStable();
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);
    expect(text('#rsvp-status')).toBe('You’re going.');
    // The answer given again changes nothing.
    buttons()[0].click();
    expect(host.answers).toEqual(['going']);
    buttons()[2].click();
    expect(host.answers).toEqual(['going', 'declined']);
  });

  it('shows the place on the waitlist, with "Going" pressed', async () => {
    const { fixture, host, buttons, text } = await create();
    host.status.set('waitlisted');
    host.position.set(2);
    host.full.set(true);
    await fixture.whenStable();
    expect(buttons()[0].getAttribute('aria-pressed')).toBe('true');
    expect(text('#rsvp-status')).toBe('You’re on the waitlist, position 2.');
    expect(text('#rsvp-full')).toBeUndefined();
  });

  it('warns that "Going" joins the waitlist when the event is full', async () => {
    const { fixture, host, element, text } = await create();
    host.full.set(true);
    await fixture.whenStable();
    expect(text('#rsvp-full')).toBe(
      'All places are taken: answering “Going” puts you on the waitlist.',
    );
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-describedby')).toBe(
      'rsvp-status rsvp-full',
    );
  });

  it('ignores clicks while an answer is saved, and stays focusable', async () => {
    const { fixture, host, buttons } = await create();
    host.busy.set(true);
    await fixture.whenStable();
    buttons()[1].click();
    expect(host.answers).toEqual([]);
    expect(buttons()[1].disabled).toBe(false);
    expect(buttons()[1].getAttribute('aria-disabled')).toBe('true');
  });

  it('is disabled with the reason when answers are closed, in Dutch too', async () => {
    const { fixture, host, element, buttons, text } = await create();
    host.closed.set('signed-out');
    await fixture.whenStable();
    expect(buttons().every((b) => b.disabled)).toBe(true);
    expect(text('#rsvp-closed')).toBe('Sign in to answer. Sign in');
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-describedby')).toBe(
      'rsvp-status rsvp-closed',
    );
    buttons()[0].click();
    expect(host.answers).toEqual([]);

    await TestBed.inject(I18nService).setLanguage('nl');
    host.closed.set('deadline');
    host.status.set('maybe');
    await fixture.whenStable();
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['Ik kom', 'Misschien', 'Ik kan niet']);
    expect(text('#rsvp-status')).toBe('U komt misschien.');
    expect(text('#rsvp-closed')).toBe(
      'Reageren kan niet meer: de termijn is verstreken. Sign in',
    );
  });
});
