import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { EventKind, PersonRef } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  eventKindKeys,
  eventKindList,
} from '@sce/web-events-data-access';
import {
  FormProblems,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { ProblemSummary } from '@sce/web-shared-ui';
import {
  checkEventForm,
  eventFieldKeys,
  eventFields,
  eventProblemsOf,
  type EventField,
  type EventFormValue,
} from './event-input';
import { OrganiserPicker } from '../organiser-picker/organiser-picker';
import { timeZoneOptions } from './time-zones';

/** An empty form: a workshop in `timeZone`, organised by `organiser` (who creates it). */
export function emptyEventForm(
  timeZone: string,
  organiser: PersonRef | null = null,
): EventFormValue {
  return {
    title: '',
    kind: 'workshop',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timeZone,
    venue: '',
    onlineUrl: '',
    capacity: '',
    deadlineDate: '',
    deadlineTime: '',
    description: '',
    agenda: '',
    organisers: organiser ? [organiser] : [],
  };
}

/** `HH:MM` plus an hour, or null past 23:00. */
function anHourLater(time: string): string | null {
  const [h, m] = time.split(':').map(Number);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h >= 23) {
    return null;
  }
  return `${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The form of a new or changed event: title, kind, start and end as date and time inputs read
 * in the chosen time zone (the viewer's own by default), place (venue, online link or both),
 * places, an optional answer deadline, description and agenda (Markdown), and who organises it
 * (co-organisers are added with the person picker). Problems are checked
 * here first (times that daylight saving skips, an end before the start …) and the API's are
 * shown the same way, at each field and in the summary above the form. Emits the checked value.
 */
@Component({
  selector: 'sce-event-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    ProblemSummary,
    OrganiserPicker,
  ],
  templateUrl: './event-form.html',
  styleUrl: './event-form.scss',
})
export class EventForm {
  /** The values to start from. */
  readonly initial = input.required<EventFormValue>();
  readonly submitKey = input.required<TranslationKey>();
  readonly pendingKey = input.required<TranslationKey>();
  readonly pending = input(false);
  /** Where "Cancel" goes. */
  readonly cancelLink = input.required<string[]>();
  readonly saved = output<EventFormValue>();

  private readonly destroyRef = inject(DestroyRef);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);

  protected readonly kinds = eventKindList;
  protected readonly kindKeys = eventKindKeys;
  protected readonly problems = new FormProblems<EventField>({
    prefix: 'event',
    fields: eventFields,
    apiKeys: eventFieldKeys,
  });
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    kind: new FormControl<EventKind>('workshop', { nonNullable: true }),
    startDate: new FormControl('', { nonNullable: true }),
    startTime: new FormControl('', { nonNullable: true }),
    endDate: new FormControl('', { nonNullable: true }),
    endTime: new FormControl('', { nonNullable: true }),
    timeZone: new FormControl('', { nonNullable: true }),
    venue: new FormControl('', { nonNullable: true }),
    onlineUrl: new FormControl('', { nonNullable: true }),
    capacity: new FormControl('', { nonNullable: true }),
    deadlineDate: new FormControl('', { nonNullable: true }),
    deadlineTime: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    agenda: new FormControl('', { nonNullable: true }),
  });
  protected readonly zones = computed(() =>
    timeZoneOptions(this.initial().timeZone),
  );
  /** The organisers, kept beside the form group (a list of people, not a control). */
  protected readonly organisers = signal<readonly PersonRef[]>([]);
  protected readonly viewerId = computed(() => this.session.user()?.id ?? null);
  protected readonly organisersError = computed(() => {
    const key = this.problems.errors().organiserIds;
    return key ? this.i18n.translate(key) : null;
  });

  constructor() {
    effect(() => {
      const { organisers, ...fields } = this.initial();
      untracked(() => {
        this.form.setValue(fields);
        this.organisers.set(organisers);
      });
    });
    const controls = this.form.controls;
    // The end follows the start until it is set: the same day, an hour later.
    controls.startDate.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((date) => {
        if (date && (controls.endDate.value === '' || controls.endDate.value < date)) {
          controls.endDate.setValue(date);
        }
      });
    controls.startTime.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((time) => {
        const later = anHourLater(time);
        if (later && controls.endTime.value === '') {
          controls.endTime.setValue(later);
        }
      });
  }

  /** Shows a failed save: refused fields at the fields, anything else in the summary. */
  showApiError(
    error: unknown,
    codeKeys: Readonly<Record<string, TranslationKey>> = {},
  ): void {
    if (!this.problems.showFields(eventProblemsOf(error))) {
      this.problems.showApiError(error, 'events.form.failed', codeKeys);
    }
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const value: EventFormValue = {
      ...this.form.getRawValue(),
      organisers: this.organisers(),
    };
    const problems = checkEventForm(value);
    if (this.problems.showFields(problems)) {
      return;
    }
    this.problems.clear();
    this.saved.emit(value);
  }
}
