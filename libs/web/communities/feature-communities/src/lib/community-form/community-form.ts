import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  Permission,
  communityVisibilities,
  joinPolicies,
  type CommunityDetail,
  type CommunityVisibility,
  type CreateCommunityRequest,
  type JoinPolicy,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  CommunitiesApi,
  CommunityPageStore,
  joinPolicyHintKeys,
  joinPolicyKeys,
  visibilityHintKeys,
  visibilityKeys,
} from '@sce/web-communities-data-access';
import {
  Announcer,
  FormProblems,
  TranslatePipe,
  problemOf,
  type FieldProblems,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader, ProblemSummary } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';

const fields = [
  'name',
  'slug',
  'description',
  'visibility',
  'joinPolicy',
] as const;
type Field = (typeof fields)[number];

const fieldKeys: Readonly<Record<Field, TranslationKey>> = {
  name: 'communities.form.error.name',
  slug: 'communities.form.error.slug',
  description: 'communities.form.error.description',
  visibility: 'communities.form.error.visibility',
  joinPolicy: 'communities.form.error.joinPolicy',
};

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED_SLUGS = ['new', 'edit', 'admin', 'settings', 'latest', 'mine'];

/** The request the form describes: tidied like the API tidies it. */
export function communityRequest(value: {
  name: string;
  slug: string;
  description: string;
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
}): CreateCommunityRequest {
  const slug = value.slug.trim().toLowerCase();
  return {
    name: value.name.trim().replace(/\s+/g, ' '),
    description: value.description.trim(),
    visibility: value.visibility,
    joinPolicy: value.joinPolicy,
    ...(slug ? { slug } : {}),
  };
}

/** The fields that break the API's rules. */
export function invalidCommunityFields(
  request: CreateCommunityRequest,
  slugRequired: boolean,
): FieldProblems<Field> {
  const problems: FieldProblems<Field> = {};
  if (request.name.length < 3 || request.name.length > 80) {
    problems.name = fieldKeys.name;
  }
  const slug = request.slug ?? '';
  if (
    (slugRequired || slug !== '') &&
    (slug.length < 3 ||
      slug.length > 60 ||
      !SLUG_PATTERN.test(slug) ||
      RESERVED_SLUGS.includes(slug))
  ) {
    problems.slug = fieldKeys.slug;
  }
  if ((request.description ?? '').length > 2000) {
    problems.description = fieldKeys.description;
  }
  return problems;
}

/**
 * `/communities/new` and `/communities/:slug/edit`, for administrators: name, address (slug),
 * description, who may read it and how one joins. Problems are shown like on every form;
 * afterwards the community's page opens and the result is announced.
 */
@Component({
  selector: 'sce-community-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
    ProblemSummary,
  ],
  templateUrl: './community-form.html',
  styleUrl: './community-form.scss',
})
export class CommunityForm {
  /** Present when editing (provided at the `:slug` route). */
  protected readonly store = inject(CommunityPageStore, { optional: true });
  private readonly api = inject(CommunitiesApi);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private filledFrom: CommunityDetail | null = null;

  protected readonly editing = this.store !== null;
  protected readonly visibilities = communityVisibilities;
  protected readonly joinPolicies = joinPolicies;
  protected readonly visibilityKeys = visibilityKeys;
  protected readonly visibilityHintKeys = visibilityHintKeys;
  protected readonly joinPolicyKeys = joinPolicyKeys;
  protected readonly joinPolicyHintKeys = joinPolicyHintKeys;
  protected readonly allowed = computed(() =>
    this.session.hasPermission(Permission.ManageCommunities),
  );
  protected readonly status = computed(() =>
    this.store ? this.store.status() : 'loaded',
  );
  protected readonly pending = signal(false);
  protected readonly problems = new FormProblems<Field>({
    prefix: 'community',
    fields,
    apiKeys: fieldKeys,
  });
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    slug: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    visibility: new FormControl<CommunityVisibility>('public', {
      nonNullable: true,
    }),
    joinPolicy: new FormControl<JoinPolicy>('open', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const community = this.store?.community() ?? null;
      untracked(() => {
        if (community !== null && community !== this.filledFrom) {
          this.filledFrom = community;
          this.form.setValue({
            name: community.name,
            slug: community.slug,
            description: community.description,
            visibility: community.visibility,
            joinPolicy: community.joinPolicy,
          });
        }
      });
    });
  }

  protected cancelLink(): string[] {
    const community = this.store?.community();
    return community ? ['/communities', community.slug] : ['/communities'];
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const request = communityRequest(this.form.getRawValue());
    const invalid = invalidCommunityFields(request, this.editing);
    if (this.problems.showFields(invalid)) {
      return;
    }
    const slug = this.store?.community()?.slug;
    const save: Observable<CommunityDetail> =
      slug !== undefined ? this.api.update(slug, request) : this.api.create(request);
    this.pending.set(true);
    save.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (community) => {
        this.store?.replace(community);
        this.announcer.announce(
          this.editing ? 'communities.form.saved' : 'communities.form.created',
          { name: community.name },
        );
        void this.router.navigate(['/communities', community.slug]);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        if (problemOf(error)?.code === 'SLUG_TAKEN') {
          this.problems.showFields({ slug: 'communities.form.error.slugTaken' });
          return;
        }
        this.problems.showApiError(error, 'communities.form.failed');
      },
    });
  }
}
