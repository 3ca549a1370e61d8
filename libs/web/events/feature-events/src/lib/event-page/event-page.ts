import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import type { RsvpAnswer, RsvpResult } from '@sce/shared-contracts';
import {
  EventPageStore,
  EventsApi,
  type EventLiveChange,
  ViewerTimeZone,
  eventKindKeys,
  eventTimeView,
  formatDateTimeIn,
  placeOfZone,
  rsvpBadgeKeys,
} from '@sce/web-events-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { AttachedDocuments } from '@sce/web-documents-feature-documents';
import { SessionStore } from '@sce/web-auth-data-access';
import { ModerationAccess } from '@sce/web-moderation-data-access';
import { flagDialog } from '@sce/web-moderation-feature-moderation';
import { EmptyState, confirmDialog } from '@sce/web-shared-ui';
import { filter, switchMap } from 'rxjs';
import { EventAttendees } from '../event-attendees/event-attendees';
import { RsvpControl } from '../rsvp-control/rsvp-control';

const rsvpErrorKeys: Readonly<Record<string, TranslationKey>> = {
  EVENT_CANCELLED: 'events.rsvp.closed.cancelled',
  EVENT_OVER: 'events.rsvp.closed.past',
  RSVP_CLOSED: 'events.rsvp.closed.deadline',
  NOT_A_MEMBER: 'events.rsvp.closed.notMember',
};

/**
 * `/events/:id`: the event — kind, state (a cancelled banner with the reason), when (in its own
 * zone and, when the viewer's clocks differ, in theirs), where, organisers, places and answers,
 * description and agenda — the viewer's answer, an .ics file to add it to a calendar, the link
 * to its discussion and, for organisers and moderators, editing, cancelling and who comes.
 */
@Component({
  selector: 'sce-event-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    EmptyState,
    RsvpControl,
    EventAttendees,
    AttachedDocuments,
  ],
  templateUrl: './event-page.html',
  styleUrl: './event-page.scss',
})
export class EventPage {
  protected readonly store = inject(EventPageStore);
  private readonly api = inject(EventsApi);
  private readonly viewer = inject(ViewerTimeZone);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  private readonly access = inject(ModerationAccess);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly statusBanner =
    viewChild<ElementRef<HTMLElement>>('statusBanner');
  private readonly cancelReasonInput =
    viewChild<ElementRef<HTMLTextAreaElement>>('cancelReasonInput');
  private readonly cancelToggle =
    viewChild<ElementRef<HTMLButtonElement>>('cancelToggle');

  protected readonly kindKeys = eventKindKeys;
  protected readonly rsvpBadgeKeys = rsvpBadgeKeys;
  protected readonly rsvpError = signal<string | null>(null);
  protected readonly cancelOpen = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly cancelError = signal<string | null>(null);
  protected readonly cancelForm = new FormGroup({
    reason: new FormControl('', { nonNullable: true }),
  });

  protected readonly event = this.store.event;
  protected readonly times = computed(() => {
    const event = this.event();
    return event
      ? eventTimeView(event, this.viewer.zone(), this.viewer.locale())
      : null;
  });
  protected readonly deadline = computed(() => {
    const event = this.event();
    if (!event?.rsvpDeadline) {
      return null;
    }
    return {
      time: formatDateTimeIn(
        event.rsvpDeadline,
        event.timeZone,
        this.viewer.locale(),
      ),
      place: placeOfZone(event.timeZone),
    };
  });
  protected readonly places = computed(() => {
    const event = this.event();
    if (!event) {
      return '';
    }
    if (event.capacity === null) {
      return this.i18n.translate('events.places.unlimited');
    }
    const left = event.seatsLeft ?? 0;
    return left === 0
      ? this.i18n.translate('events.places.full', { count: event.capacity })
      : this.i18n.translate('events.places.left', {
          count: left,
          capacity: event.capacity,
        });
  });
  protected readonly answers = computed(() => {
    const counts = this.event()?.counts;
    if (!counts) {
      return '';
    }
    const parts = [
      this.i18n.translate('events.counts.going', { count: counts.going }),
      this.i18n.translate('events.counts.maybe', { count: counts.maybe }),
    ];
    if (counts.waitlisted > 0) {
      parts.push(
        this.i18n.translate('events.counts.waitlisted', {
          count: counts.waitlisted,
        }),
      );
    }
    return parts.join(' · ');
  });
  /** Anyone signed in reports an event they do not organise to the moderators. */
  protected readonly canReport = computed(() => {
    const event = this.event();
    const me = this.session.user()?.id;
    return (
      event !== null &&
      this.session.signedIn() &&
      this.access.canFlag() &&
      !event.viewer.canEdit &&
      !event.organisers.some((person) => person.id === me)
    );
  });
  protected readonly organisers = computed(
    () =>
      this.event()
        ?.organisers.map((person) => person.displayName)
        .join(', ') ?? '',
  );
  protected readonly icsUrl = computed(() => {
    const event = this.event();
    return event ? this.api.icsUrl(event.id) : null;
  });
  protected readonly csvUrl = computed(() => {
    const event = this.event();
    return event ? this.api.attendeesCsvUrl(event.id) : null;
  });
  protected readonly icsFileName = computed(
    () => `event-${this.event()?.id ?? ''}.ics`,
  );

  constructor() {
    effect(() => {
      const event = this.event();
      if (event?.viewer.canSeeAttendees) {
        untracked(() => this.store.loadAttendees());
      }
    });
    // Answers and changes by others arrive live while the page is open.
    effect(() => {
      if (this.event() !== null) {
        untracked(() => this.store.startLive());
      }
    });
    this.destroyRef.onDestroy(() => this.store.stopLive());
    // …and are read out politely, without moving focus (a change from before this page was
    // opened, say on the edit form, is not).
    let announced = this.store.liveChange()?.seq ?? 0;
    effect(() => {
      const change = this.store.liveChange();
      if (change === null || change.seq <= announced) {
        return;
      }
      announced = change.seq;
      untracked(() => this.announceLive(change.kind));
    });
  }

  protected answer(answer: RsvpAnswer): void {
    this.rsvpError.set(null);
    this.store
      .rsvp(answer)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => this.announceAnswer(result),
        error: (error: unknown) => {
          const problem = problemOf(error);
          const key =
            problem === null
              ? 'events.rsvp.failed'
              : (rsvpErrorKeys[problem.code] ?? null);
          this.rsvpError.set(
            key === null ? (problem?.detail ?? '') : this.i18n.translate(key),
          );
          // The event may have changed (cancelled, deadline): show it as it is now.
          if (problem !== null) {
            this.store.retry();
          }
        },
      });
  }

  protected openCancel(): void {
    this.cancelOpen.set(true);
    this.cancelError.set(null);
    afterNextRender(() => this.cancelReasonInput()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected closeCancel(): void {
    this.cancelOpen.set(false);
    afterNextRender(() => this.cancelToggle()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected confirmCancel(): void {
    const event = this.event();
    if (event === null || this.cancelling()) {
      return;
    }
    confirmDialog(this.dialog, {
      title: this.i18n.translate('events.cancel.confirmTitle', {
        title: event.title,
      }),
      message: this.i18n.translate('events.cancel.confirmBody'),
      confirm: this.i18n.translate('events.cancel.confirm'),
      cancel: this.i18n.translate('events.cancel.keep'),
      danger: true,
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => {
          this.cancelling.set(true);
          this.cancelError.set(null);
          return this.store.cancel(this.cancelForm.controls.reason.value);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (cancelled) => {
          this.cancelling.set(false);
          this.cancelOpen.set(false);
          this.announcer.announce('events.cancel.done', {
            title: cancelled.title,
          });
          afterNextRender(() => this.statusBanner()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: (error: unknown) => {
          this.cancelling.set(false);
          const problem = problemOf(error);
          this.cancelError.set(
            problem?.code === 'EVENT_CANCELLED'
              ? this.i18n.translate('events.edit.cancelled')
              : this.i18n.translate('events.cancel.failed'),
          );
        },
      });
  }

  protected formatAnsweredAt(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  private announceLive(kind: EventLiveChange['kind']): void {
    const event = this.event();
    if (event === null) {
      return;
    }
    switch (kind) {
      case 'answers':
        this.announcer.announce('events.live.answers', {
          answers: this.answers(),
          places: this.places(),
        });
        break;
      case 'promoted':
        this.announcer.announce('events.live.promoted');
        break;
      case 'event':
        this.announcer.announce(
          event.status === 'cancelled'
            ? 'events.live.cancelled'
            : 'events.live.changed',
        );
        break;
    }
  }

  private announceAnswer(result: RsvpResult): void {
    switch (result.status) {
      case 'going':
        this.announcer.announce('events.rsvp.status.going');
        break;
      case 'maybe':
        this.announcer.announce('events.rsvp.status.maybe');
        break;
      case 'declined':
        this.announcer.announce('events.rsvp.status.declined');
        break;
      case 'waitlisted':
        this.announcer.announce(
          result.waitlistPosition === null
            ? 'events.rsvp.status.waitlisted'
            : 'events.rsvp.status.waitlistedAt',
          { position: result.waitlistPosition ?? 0 },
        );
        break;
    }
  }

  /** Reports the event to the moderators; focus goes back to the button. */
  protected report(): void {
    const event = this.event();
    if (!event) {
      return;
    }
    flagDialog(this.dialog, { targetType: 'event', targetId: event.id, name: event.title })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((flag) => {
        if (flag) {
          this.announcer.announce('moderation.report.done');
        }
      });
  }
}
