import { Injectable, computed, inject, signal } from '@angular/core';
import type { CommunitySummary, Permission } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { ModerationApi } from './moderation.api';

// The permissions read here, as their values: importing the enum's values from the contracts
// would load all their zod schemas with the first page (the shell's navigation reads this).
const MODERATE_ANYWHERE: `${Permission.ModerateAnywhere}` = 'moderation.anywhere';
const SUSPEND_USER: `${Permission.SuspendUser}` = 'user.suspend';
const FLAG: `${Permission.Flag}` = 'content.flag';

type CommunitiesStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface AccessState {
  /** Whose communities these are: they are asked again for someone else. */
  userId: string | null;
  status: CommunitiesStatus;
  communities: readonly CommunitySummary[];
}

/**
 * What the signed-in person may do in moderation. Global moderators and admins moderate
 * everywhere (their role says so); anyone else moderates the communities where their membership
 * is a moderator's, which `load()` finds out once per person (one request). The audit trail is
 * for global moderators and admins, as the API decides.
 */
@Injectable({ providedIn: 'root' })
export class ModerationAccess {
  private readonly api = inject(ModerationApi);
  private readonly session = inject(SessionStore);
  private readonly state = signal<AccessState>({
    userId: null,
    status: 'idle',
    communities: [],
  });

  private readonly permissions = computed(
    () => new Set(this.session.user()?.permissions ?? []),
  );
  private readonly current = computed(() => {
    const state = this.state();
    const userId = this.session.user()?.id ?? null;
    return state.userId === userId && userId !== null
      ? state
      : { userId, status: 'idle' as CommunitiesStatus, communities: [] };
  });

  readonly moderatesAnywhere = computed(() =>
    this.permissions().has(MODERATE_ANYWHERE),
  );
  readonly canAudit = computed(() => this.permissions().has(SUSPEND_USER));
  /** Suspends people (global moderators and admins). */
  readonly canSuspend = computed(() => this.permissions().has(SUSPEND_USER));
  readonly canFlag = computed(() => this.permissions().has(FLAG));
  /** The communities the person may see, once loaded. */
  readonly communities = computed(() => this.current().communities);
  readonly communitiesStatus = computed(() => this.current().status);
  /** The communities the person moderates (global moderators: every one they see). */
  readonly moderated = computed(() =>
    this.moderatesAnywhere()
      ? this.communities()
      : this.communities().filter(
          (community) =>
            community.membership?.role === 'moderator' &&
            community.membership.state === 'active',
        ),
  );
  /** Whether the person moderates anything; false until it is known. */
  readonly canModerate = computed(
    () =>
      this.session.signedIn() &&
      (this.moderatesAnywhere() || this.moderated().length > 0),
  );
  /** Whether `canModerate` is final: signed out, a global moderator, or the communities came. */
  readonly known = computed(() => {
    if (this.session.status() === 'unknown') {
      return false;
    }
    if (!this.session.signedIn() || this.moderatesAnywhere()) {
      return true;
    }
    const status = this.communitiesStatus();
    return status === 'loaded' || status === 'error';
  });

  /** Asks for the person's communities, once per person (again after a failure). */
  load(): void {
    const userId = this.session.user()?.id ?? null;
    const { status } = this.current();
    if (userId === null || status === 'loading' || status === 'loaded') {
      return;
    }
    this.state.set({ userId, status: 'loading', communities: [] });
    this.api.communities().subscribe({
      next: (communities) => {
        if (this.state().userId === userId) {
          this.state.set({ userId, status: 'loaded', communities });
        }
      },
      error: () => {
        if (this.state().userId === userId) {
          this.state.set({ userId, status: 'error', communities: [] });
        }
      },
    });
  }
}
