import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type FormControl,
  type FormGroup,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type {
  EmailFrequency,
  NotificationSettings,
  NotificationType,
  Person,
  PersonRef,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  NotificationSettingsStore,
  emailFrequencies,
  emailFrequencyKeys,
  isEmailFrequency,
  notificationTypeGroups,
  notificationTypeKeys,
  notificationTypes,
} from '@sce/web-notifications-data-access';
import { PeopleSearch } from '@sce/web-threads-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
} from '@sce/web-shared-data-access';
import { PageHeader, PersonPicker } from '@sce/web-shared-ui';

type EmailForm = FormGroup<Record<NotificationType, FormControl<EmailFrequency>>>;

/** A choice for every kind, exactly: "never" for one missing or unknown. */
function mailChoices(
  email: Readonly<Partial<Record<NotificationType, unknown>>>,
): Record<NotificationType, EmailFrequency> {
  return Object.fromEntries(
    notificationTypes.map((type) => {
      const frequency = email[type];
      return [type, isEmailFrequency(frequency) ? frequency : 'never'];
    }),
  ) as Record<NotificationType, EmailFrequency>;
}

/**
 * `/settings/notifications` (routed by the settings feature): mail per kind of notification —
 * immediately, in the daily digest or never, every kind "never" until chosen — grouped in
 * labelled fieldsets with one labelled select each; watching the threads one starts or replies to
 * automatically; and the people whose mentions do not notify (found with the shared person
 * picker). One button saves it all; the result is shown by the button and announced.
 */
@Component({
  selector: 'sce-notification-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton, PageHeader, PersonPicker],
  providers: [NotificationSettingsStore],
  templateUrl: './notification-settings.html',
  styleUrl: './notification-settings.scss',
})
export class NotificationSettingsPage {
  protected readonly store = inject(NotificationSettingsStore);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly groups = notificationTypeGroups;
  protected readonly typeKeys = notificationTypeKeys;
  protected readonly frequencies = emailFrequencies;
  protected readonly frequencyKeys = emailFrequencyKeys;

  protected readonly form = this.fb.group({
    email: this.fb.group(
      Object.fromEntries(
        notificationTypes.map((type) => [type, this.fb.control<EmailFrequency>('never')]),
      ) as Record<NotificationType, FormControl<EmailFrequency>>,
    ) as EmailForm,
    autoWatchStarted: this.fb.control(true),
    autoWatchReplied: this.fb.control(true),
  });
  /** Every kind set to "never". */
  protected readonly allOff = signal(true);
  protected readonly muted = signal<readonly PersonRef[]>([]);
  protected readonly search = new PeopleSearch();
  /** The person just picked, shown until the field empties for the next one. */
  protected readonly picked = signal<Person | null>(null);
  protected readonly candidates = computed(() => {
    const taken = new Set([
      ...this.muted().map((person) => person.id),
      this.session.user()?.id,
    ]);
    return this.search.people().filter((person) => !taken.has(person.id));
  });
  protected readonly searchStatus = computed(() => {
    switch (this.search.status()) {
      case 'loaded': {
        const count = this.candidates().length;
        return count === 0
          ? this.i18n.translate('people.search.none')
          : this.i18n.translate('people.search.found', { count });
      }
      case 'failed':
        return this.i18n.translate('people.search.failed');
      case 'idle':
      case 'searching':
        return '';
    }
  });
  protected readonly saving = signal(false);
  protected readonly outcome = signal<'saved' | 'failed' | null>(null);

  constructor() {
    this.store.load();
    effect(() => {
      const settings = this.store.settings();
      if (settings !== null) {
        untracked(() => this.show(settings));
      }
    });
    // Any change after saving: "saved" no longer describes the form.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.outcome.set(null);
      this.allOff.set(this.allNever());
    });
  }

  protected selectId(type: NotificationType): string {
    return `notification-email-${type}`;
  }

  protected addMuted(person: Person | null): void {
    if (person === null) {
      return;
    }
    if (!this.muted().some((existing) => existing.id === person.id)) {
      this.muted.update((list) => [
        ...list,
        { id: person.id, displayName: person.displayName },
      ]);
      this.outcome.set(null);
      this.announcer.announce('notifications.settings.muted.added', {
        name: person.displayName,
      });
    }
    this.search.clear();
    this.picked.set(person);
    afterNextRender(() => this.picked.set(null), { injector: this.injector });
  }

  protected removeMuted(person: PersonRef): void {
    this.muted.update((list) => list.filter((existing) => existing.id !== person.id));
    this.outcome.set(null);
    this.announcer.announce('notifications.settings.muted.removed', {
      name: person.displayName,
    });
    // The button is gone: focus goes to the name field.
    afterNextRender(
      () => this.document.getElementById('notification-muted-add')?.focus(),
      { injector: this.injector },
    );
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const value = this.form.getRawValue();
    const email = mailChoices(value.email);
    this.saving.set(true);
    this.outcome.set(null);
    this.store
      .save({
        email,
        autoWatchStarted: value.autoWatchStarted,
        autoWatchReplied: value.autoWatchReplied,
        mutedUserIds: this.muted().map((person) => person.id),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.outcome.set('saved');
          this.announcer.announce('notifications.settings.saved');
        },
        error: () => {
          this.saving.set(false);
          this.outcome.set('failed');
        },
      });
  }

  private show(settings: NotificationSettings): void {
    this.form.setValue(
      {
        email: mailChoices(settings.email),
        autoWatchStarted: settings.autoWatchStarted,
        autoWatchReplied: settings.autoWatchReplied,
      },
      { emitEvent: false },
    );
    this.muted.set(settings.mutedUsers);
    this.allOff.set(this.allNever());
  }

  private allNever(): boolean {
    const email = this.form.controls.email.getRawValue();
    return notificationTypes.every((type) => email[type] === 'never');
  }
}
