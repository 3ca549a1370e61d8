import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import type { RsvpAnswer, RsvpStatus } from '@sce/shared-contracts';
import {
  rsvpClosedKeys,
  type RsvpClosedReason,
} from '@sce/web-events-data-access';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';

const answers: readonly RsvpAnswer[] = ['going', 'maybe', 'declined'];

const answerKeys: Readonly<Record<RsvpAnswer, TranslationKey>> = {
  going: 'events.rsvp.going',
  maybe: 'events.rsvp.maybe',
  declined: 'events.rsvp.declined',
};

/**
 * "Will you come?": three toggle buttons (Going, Maybe, Can't go) with the viewer's answer
 * pressed, and what it means — going, on the waitlist at position n, … A click answers at
 * once (buttons rather than radios, so that moving through them with the arrow keys cannot
 * give up a seat). Closed answers (cancelled, over, past the deadline, not a member, signed
 * out) disable the buttons and say why; projected content (a sign-in or join link) follows.
 * While an answer is saved, clicks are ignored and the buttons stay focusable.
 */
@Component({
  selector: 'sce-rsvp-control',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <h2 id="rsvp-heading" class="heading">{{ 'events.rsvp.heading' | t }}</h2>
    <div
      class="choices"
      role="group"
      aria-labelledby="rsvp-heading"
      [attr.aria-describedby]="describedBy()"
    >
      @for (answer of answers; track answer) {
        <button
          type="button"
          class="choice"
          [class.pressed]="pressed() === answer"
          [attr.aria-pressed]="pressed() === answer"
          [disabled]="closedReason() !== null"
          [attr.aria-disabled]="busy() ? 'true' : null"
          (click)="choose(answer)"
        >
          @if (pressed() === answer) {
            <svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
            </svg>
          }
          {{ answerKeys[answer] | t }}
        </button>
      }
    </div>
    <p id="rsvp-status" class="status" [class.waitlisted]="status() === 'waitlisted'">
      {{ statusKey() | t: { position: waitlistPosition() ?? 0 } }}
    </p>
    @if (closedReason(); as reason) {
      <p id="rsvp-closed" class="closed">
        {{ closedKeys[reason] | t }}
        <ng-content />
      </p>
    } @else if (full() && status() !== 'going' && status() !== 'waitlisted') {
      <p id="rsvp-full" class="hint">{{ 'events.rsvp.full' | t }}</p>
    }
  `,
  styleUrl: './rsvp-control.scss',
})
export class RsvpControl {
  /** The viewer's answer; null before they answered. */
  readonly status = input<RsvpStatus | null>(null);
  readonly waitlistPosition = input<number | null>(null);
  /** Why answering is closed, or null when it is open. */
  readonly closedReason = input<RsvpClosedReason | null>(null);
  /** No seats left: "going" joins the waitlist. */
  readonly full = input(false);
  /** An answer is being saved. */
  readonly busy = input(false);
  readonly answered = output<RsvpAnswer>();

  protected readonly answers = answers;
  protected readonly answerKeys = answerKeys;
  protected readonly closedKeys = rsvpClosedKeys;

  /** The button shown pressed: on the waitlist, the answer was "going". */
  protected readonly pressed = computed<RsvpAnswer | null>(() => {
    const status = this.status();
    return status === 'waitlisted' ? 'going' : status;
  });
  protected readonly statusKey = computed<TranslationKey>(() => {
    switch (this.status()) {
      case 'going':
        return 'events.rsvp.status.going';
      case 'maybe':
        return 'events.rsvp.status.maybe';
      case 'declined':
        return 'events.rsvp.status.declined';
      case 'waitlisted':
        return this.waitlistPosition() === null
          ? 'events.rsvp.status.waitlisted'
          : 'events.rsvp.status.waitlistedAt';
      case null:
        return 'events.rsvp.status.none';
    }
  });
  protected readonly describedBy = computed(() =>
    [
      'rsvp-status',
      this.closedReason() !== null
        ? 'rsvp-closed'
        : this.full() && this.pressed() !== 'going'
          ? 'rsvp-full'
          : null,
    ]
      .filter((id) => id !== null)
      .join(' '),
  );

  protected choose(answer: RsvpAnswer): void {
    if (this.busy() || this.closedReason() !== null) {
      return;
    }
    // Answering again what one already answered changes nothing.
    if (this.pressed() === answer) {
      return;
    }
    this.answered.emit(answer);
  }
}
