import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { OwnProfile, ProfilePatch } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  isLanguage,
  languages as interfaceLanguages,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader, ProblemSummary } from '@sce/web-shared-ui';
import { FormProblems, type FieldProblems } from '../form-problems';
import { SettingsApi } from '../settings.api';
import { timeZoneOptions } from './time-zones';

export const profileFields = [
  'displayName',
  'bio',
  'expertise',
  'language',
  'timeZone',
] as const;
type Field = (typeof profileFields)[number];

export const BIO_MAX_LENGTH = 2000;
export const EXPERTISE_MAX_TAGS = 20;
export const EXPERTISE_TAG_MAX_LENGTH = 40;

/** Each language's name in that language; the API knows more languages than the interface has. */
const languageNames: Readonly<Record<OwnProfile['language'], string>> = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  da: 'Dansk',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
};

/** Our texts for fields the API refused. */
const apiFieldKeys: Readonly<Record<Field, TranslationKey>> = {
  displayName: 'settings.profile.error.displayName',
  bio: 'settings.profile.error.bio',
  expertise: 'settings.profile.error.expertise',
  language: 'settings.profile.error.language',
  timeZone: 'settings.profile.error.timeZone',
};

/** "Open data, GIS , open data" → ["open data", "gis"]: trimmed, lower case, no blanks or repeats. */
export function parseExpertise(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

type Loading =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'loaded'; profile: OwnProfile };

/**
 * `/settings/profile`: display name, bio, expertise tags, language and time zone. Saving a new
 * language switches the interface to it (when the interface has it); the header's name follows a
 * new display name. Problems are shown like on every form of the app.
 */
@Component({
  selector: 'sce-profile-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PageHeader,
    MatButton,
    ProblemSummary,
  ],
  templateUrl: './profile-settings.html',
  styleUrl: '../settings-form.scss',
})
export class ProfileSettings {
  private readonly api = inject(SettingsApi);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly problems = new FormProblems<Field>(
    'profile',
    profileFields,
    apiFieldKeys,
  );

  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true }),
    bio: new FormControl('', { nonNullable: true }),
    expertise: new FormControl('', { nonNullable: true }),
    language: new FormControl<OwnProfile['language']>('en', {
      nonNullable: true,
    }),
    timeZone: new FormControl('', { nonNullable: true }),
  });

  protected readonly loading = signal<Loading>({ kind: 'loading' });
  protected readonly pending = signal(false);
  /** True after a save, until the form is changed again. */
  protected readonly saved = signal(false);

  /** The interface's languages, and the profile's own if the interface lacks it. */
  protected readonly languageOptions = computed(() => {
    const state = this.loading();
    const current = state.kind === 'loaded' ? state.profile.language : 'en';
    const codes: OwnProfile['language'][] = [...interfaceLanguages];
    if (!codes.includes(current)) {
      codes.push(current);
    }
    return codes.map((code) => ({ code, name: languageNames[code] }));
  });

  protected readonly timeZones = computed(() => {
    const state = this.loading();
    return timeZoneOptions(
      state.kind === 'loaded' ? state.profile.timeZone : undefined,
    );
  });

  constructor() {
    this.load();
    this.form.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.saved.set(false));
  }

  protected load(): void {
    this.loading.set({ kind: 'loading' });
    this.api
      .profile()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => {
          this.fill(profile);
          this.loading.set({ kind: 'loaded', profile });
        },
        error: () => this.loading.set({ kind: 'failed' }),
      });
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const patch = this.patch();
    const fields = this.validate(patch);
    if (fields !== null) {
      this.problems.showFields(fields);
      return;
    }
    this.pending.set(true);
    this.api
      .updateProfile(patch)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => {
          this.pending.set(false);
          this.problems.clear();
          this.fill(profile);
          this.loading.set({ kind: 'loaded', profile });
          this.session.updateUser({
            displayName: profile.displayName,
            language: profile.language,
            timeZone: profile.timeZone,
          });
          if (isLanguage(profile.language)) {
            this.i18n.setLanguage(profile.language).catch(() => undefined);
          }
          this.saved.set(true);
          this.announcer.announce('settings.profile.saved');
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problems.showApiError(error, 'settings.profile.error.failed');
        },
      });
  }

  /** The whole profile as the form has it, tidied the way the API stores it. */
  private patch(): Required<ProfilePatch> {
    const value = this.form.getRawValue();
    return {
      displayName: value.displayName.trim().replace(/ {2,}/g, ' '),
      bio: value.bio.trim(),
      expertise: parseExpertise(value.expertise),
      language: value.language,
      timeZone: value.timeZone,
    };
  }

  private validate(patch: Required<ProfilePatch>): FieldProblems<Field> | null {
    const fields: FieldProblems<Field> = {};
    if (patch.displayName.length < 2 || patch.displayName.length > 60) {
      fields.displayName = 'settings.profile.error.displayName';
    }
    if (patch.bio.length > BIO_MAX_LENGTH) {
      fields.bio = 'settings.profile.error.bio';
    }
    if (
      patch.expertise.length > EXPERTISE_MAX_TAGS ||
      patch.expertise.some((tag) => tag.length > EXPERTISE_TAG_MAX_LENGTH)
    ) {
      fields.expertise = 'settings.profile.error.expertise';
    }
    if (patch.timeZone === '') {
      fields.timeZone = 'settings.profile.error.timeZone';
    }
    return Object.keys(fields).length > 0 ? fields : null;
  }

  private fill(profile: OwnProfile): void {
    this.form.setValue(
      {
        displayName: profile.displayName,
        bio: profile.bio,
        expertise: profile.expertise.join(', '),
        language: profile.language,
        timeZone: profile.timeZone,
      },
      { emitEvent: false },
    );
  }
}
