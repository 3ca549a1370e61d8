import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import { CommunitiesApi } from '@sce/web-communities-data-access';
import { PracticesApi } from '@sce/web-practices-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import {
  PracticeForm,
  type DiscussionCommunity,
  type PracticeOwner,
} from '../practice-form/practice-form';
import {
  emptyPracticeForm,
  toCreatePracticeRequest,
  type PracticeFormValue,
} from '../practice-form/practice-input';

/** Problems of the whole request, in our words. */
const codeKeys = {
  NOT_YOUR_ORGANISATION: 'practices.new.noOrganisation',
  FORBIDDEN: 'practices.new.noOrganisation',
} as const;

/**
 * `/practices/new` (signed in): shares a practice of the viewer's organisation — the practice
 * form, with the communities the viewer belongs to as places to start its discussion. Once
 * shared, the practice's page opens.
 */
@Component({
  selector: 'sce-new-practice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PageHeader, PracticeForm],
  template: `
    <sce-page-header
      [heading]="'practices.new.heading' | t"
      [lead]="'practices.new.lead' | t"
    />
    <sce-practice-form
      [initial]="initial"
      [owner]="owner()"
      [communities]="communities()"
      submitKey="practices.new.submit"
      pendingKey="practices.new.pending"
      [pending]="pending()"
      [cancelLink]="['/practices']"
      (saved)="share($event)"
    />
  `,
  styles: `
    :host {
      display: block;
      --sce-form-width: 44rem;
    }
  `,
})
export class NewPractice {
  private readonly api = inject(PracticesApi);
  private readonly communitiesApi = inject(CommunitiesApi);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly form = viewChild(PracticeForm);

  protected readonly initial = emptyPracticeForm();
  protected readonly pending = signal(false);
  protected readonly owner = computed((): PracticeOwner | null => {
    const organisationId = this.session.user()?.organisationId;
    return organisationId ? { id: organisationId, name: null } : null;
  });
  /** Where the viewer may start the discussion: communities they are an active member of. */
  protected readonly communities = signal<readonly DiscussionCommunity[]>([]);

  constructor() {
    this.communitiesApi
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) =>
          this.communities.set(
            page.items
              .filter((community) => community.membership?.state === 'active')
              .map(({ slug, name }) => ({ slug, name })),
          ),
        // Without the list the practice is shared without a discussion.
        error: () => undefined,
      });
  }

  protected share(value: PracticeFormValue): void {
    this.pending.set(true);
    this.api
      .create(toCreatePracticeRequest(value))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (practice) => {
          this.announcer.announce('practices.new.done', { title: practice.title });
          void this.router.navigate(['/practices', practice.id]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.form()?.showApiError(error, codeKeys);
        },
      });
  }
}
