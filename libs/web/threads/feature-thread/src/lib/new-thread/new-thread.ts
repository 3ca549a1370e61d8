import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  BODY_MAX,
  Permission,
  languages,
  threadKinds,
  type Language,
  type ThreadKind,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { CommunityPageStore } from '@sce/web-communities-data-access';
import {
  ThreadsApi,
  contentLanguageNames,
  newThreadDraftKey,
  threadKindKeys,
} from '@sce/web-threads-data-access';
import {
  Announcer,
  FormProblems,
  I18nService,
  TranslatePipe,
  type FieldProblems,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader, ProblemSummary } from '@sce/web-shared-ui';
import { Composer } from '../composer/composer';
import {
  invalidFields,
  threadFieldOf,
  threadFields,
  toCreateRequest,
  type ThreadField,
} from './thread-input';

const fieldKeys: Readonly<Record<ThreadField, TranslationKey>> = {
  kind: 'threads.new.error.kind',
  title: 'threads.new.error.title',
  body: 'threads.new.error.body',
  tags: 'threads.new.error.tags',
  language: 'threads.new.error.language',
  authors: 'threads.new.error.authors',
  abstract: 'threads.new.error.abstract',
  doi: 'threads.new.error.doi',
  link: 'threads.new.error.link',
  publishedOn: 'threads.new.error.publishedOn',
};

const kindHintKeys: Readonly<Record<ThreadKind, TranslationKey>> = {
  discussion: 'threads.new.kind.discussionHint',
  question: 'threads.new.kind.questionHint',
  research: 'threads.new.kind.researchHint',
  practice: 'threads.new.kind.practiceHint',
};

/**
 * `/communities/:slug/new-thread`: kind (research only for researchers and the community's
 * moderators, with authors, abstract and optional DOI, link and publication date), title, body
 * in the composer (its draft kept per community), tags and language. Problems are shown like on
 * every form; once published, the new thread opens.
 */
@Component({
  selector: 'sce-new-thread',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
    ProblemSummary,
    Composer,
  ],
  templateUrl: './new-thread.html',
  styleUrl: './new-thread.scss',
})
export class NewThread {
  protected readonly store = inject(CommunityPageStore);
  private readonly api = inject(ThreadsApi);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  private readonly composer = viewChild(Composer);

  protected readonly problems = new FormProblems<ThreadField>({
    prefix: 'thread',
    fields: threadFields,
    apiKeys: fieldKeys,
    fieldOf: threadFieldOf,
  });
  protected readonly form = new FormGroup({
    kind: new FormControl<ThreadKind>('discussion', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    tags: new FormControl('', { nonNullable: true }),
    language: new FormControl<Language>(
      this.session.user()?.language ?? 'en',
      { nonNullable: true },
    ),
    authors: new FormControl('', { nonNullable: true }),
    abstract: new FormControl('', { nonNullable: true }),
    doi: new FormControl('', { nonNullable: true }),
    link: new FormControl('', { nonNullable: true }),
    publishedOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly body = signal('');
  protected readonly pending = signal(false);
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly languages = languages;
  protected readonly languageNames = contentLanguageNames;
  protected readonly kindKeys = threadKindKeys;
  protected readonly kindHintKeys = kindHintKeys;

  protected readonly canPostResearch = computed(
    () =>
      this.session.hasPermission(Permission.PostResearch) ||
      this.store.community()?.viewer.canModerate === true,
  );
  protected readonly kinds = computed(() =>
    threadKinds.filter((kind) => kind !== 'research' || this.canPostResearch()),
  );
  protected readonly draftKey = computed(() => {
    const slug = this.store.slug();
    return slug ? newThreadDraftKey(slug) : null;
  });
  protected readonly bodyError = computed(() => {
    const key = this.problems.errors().body;
    return key ? this.i18n.translate(key, { max: BODY_MAX }) : null;
  });

  constructor() {
    // Someone who may not post research (any more) gets a discussion instead.
    effect(() => {
      if (!this.canPostResearch()) {
        untracked(() => {
          if (this.form.controls.kind.value === 'research') {
            this.form.controls.kind.setValue('discussion');
          }
        });
      }
    });
  }

  protected submit(): void {
    const community = this.store.community();
    if (this.pending() || community === null) {
      return;
    }
    const request = toCreateRequest({
      ...this.form.getRawValue(),
      body: this.body(),
    });
    const invalid = invalidFields(request, BODY_MAX);
    if (invalid.length > 0) {
      const fields: FieldProblems<ThreadField> = {};
      for (const field of invalid) {
        fields[field] = fieldKeys[field];
      }
      this.problems.showFields(fields);
      return;
    }
    this.pending.set(true);
    this.api
      .create(community.slug, request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (thread) => {
          this.composer()?.reset();
          this.announcer.announce('threads.new.published', {
            title: thread.title,
          });
          void this.router.navigate(['/threads', thread.id]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problems.showApiError(error, 'threads.new.failed', {
            NOT_A_MEMBER: 'threads.error.notMember',
            RESEARCH_NOT_ALLOWED: 'threads.new.researchNotAllowed',
          });
        },
      });
  }
}
