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
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  Permission,
  type MembershipRole,
  type Person,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  ModerationAccess,
  ModerationApi,
} from '@sce/web-moderation-data-access';
import {
  flagDialog,
  suspendDialog,
  warnDialog,
} from '@sce/web-moderation-feature-moderation';
import {
  CommunityMembersStore,
  CommunityPageStore,
  memberRoleKeys,
  type MemberRow,
} from '@sce/web-communities-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
  type TranslationParams,
} from '@sce/web-shared-data-access';
import {
  EmptyState,
  PageHeader,
  PersonPicker,
  confirmDialog,
} from '@sce/web-shared-ui';
import { filter, type Observable } from 'rxjs';

type Section = 'members' | 'requests' | 'invitations' | 'invite';

/**
 * `/communities/:slug/members`: the members with their organisation, role and since when. The
 * community's moderators also see the requests to join (approve or refuse) and the open
 * invitations (withdraw), can remove members and invite anyone active (found by name);
 * administrators can make a member a community moderator and back. Refusing, withdrawing and
 * removing are confirmed; after each action the result is shown and announced, and focus goes
 * to the heading of the list that changed. Moderators warn members; global moderators and
 * administrators suspend them; anyone signed in may report a member to the moderators.
 */
@Component({
  selector: 'sce-community-members',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
    PersonPicker,
  ],
  templateUrl: './community-members.html',
  styleUrl: './community-members.scss',
})
export class CommunityMembers {
  protected readonly store = inject(CommunityPageStore);
  protected readonly members = inject(CommunityMembersStore);
  private readonly session = inject(SessionStore);
  private readonly access = inject(ModerationAccess);
  private readonly moderationApi = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private loadedFor: string | null = null;

  protected readonly roleKeys = memberRoleKeys;
  protected readonly isAdmin = computed(() =>
    this.session.hasPermission(Permission.ManageCommunities),
  );
  protected readonly moderator = computed(
    () => this.store.community()?.viewer.canModerate === true,
  );
  protected readonly selfId = computed(() => this.session.user()?.id ?? null);
  protected readonly canSuspend = this.access.canSuspend;
  protected readonly canFlag = computed(
    () => this.session.signedIn() && this.access.canFlag(),
  );
  /** The members table has an actions column. */
  protected readonly hasActions = computed(
    () => this.moderator() || this.isAdmin() || this.canFlag(),
  );
  /** What the last action did (also announced). */
  protected readonly notice = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly pending = signal(false);
  /** The person picked to invite. */
  protected readonly invitee = signal<Person | null>(null);
  protected readonly inviteError = signal<TranslationKey | null>(null);
  protected readonly inviteErrorText = computed(() => {
    const key = this.inviteError();
    return key === null ? null : this.i18n.translate(key);
  });
  /** What the people search found, for screen readers. */
  protected readonly inviteeStatus = computed(() => {
    const message = this.members.invitees.message();
    return message === null
      ? ''
      : this.i18n.translate(message.key, message.params);
  });

  constructor() {
    effect(() => {
      const community = this.store.community();
      const loaded = this.store.status() === 'loaded';
      untracked(() => {
        if (!loaded || community === null) {
          return;
        }
        const moderator = community.viewer.canModerate;
        const key = `${community.slug}:${moderator}`;
        if (key === this.loadedFor) {
          return;
        }
        this.loadedFor = key;
        this.members.load(community.slug, moderator);
      });
    });
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected approve(member: MemberRow): void {
    this.act(
      () => this.members.approve(this.slug(), member),
      'requests',
      'communities.members.approved',
      { name: member.user.displayName },
    );
  }

  protected refuse(member: MemberRow): void {
    this.confirmThen(
      'communities.members.refuse',
      member,
      () => this.members.remove(this.slug(), member),
      'requests',
      'communities.members.refused',
    );
  }

  protected withdraw(member: MemberRow): void {
    this.confirmThen(
      'communities.members.withdraw',
      member,
      () => this.members.remove(this.slug(), member),
      'invitations',
      'communities.members.withdrawn',
    );
  }

  protected remove(member: MemberRow): void {
    this.confirmThen(
      'communities.members.remove',
      member,
      () => this.members.remove(this.slug(), member),
      'members',
      'communities.members.removed',
    );
  }

  protected setRole(member: MemberRow, role: MembershipRole): void {
    this.act(
      () => this.members.setRole(this.slug(), member, role),
      'members',
      role === 'moderator'
        ? 'communities.members.madeModerator'
        : 'communities.members.madeMember',
      { name: member.user.displayName },
    );
  }

  /** Warns a member: a private message they acknowledge (the community's moderators). */
  protected warn(member: MemberRow): void {
    const name = member.user.displayName;
    warnDialog(this.dialog, { userId: member.user.id, name })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((warning) => {
        if (warning) {
          this.announceDone('moderation.warn.done', { name });
        }
      });
  }

  /** Suspends a member's account (global moderators and administrators). */
  protected suspend(member: MemberRow): void {
    const name = member.user.displayName;
    suspendDialog(this.dialog, {
      name,
      run: (request) => this.moderationApi.suspend(member.user.id, request),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((user) => {
        if (user) {
          this.announceDone('admin.users.suspend.done', { name });
        }
      });
  }

  /** Reports a member to the moderators. */
  protected report(member: MemberRow): void {
    const name = member.user.displayName;
    flagDialog(this.dialog, { targetType: 'user', targetId: member.user.id, name })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((flag) => {
        if (flag) {
          this.announceDone('moderation.report.done', {});
        }
      });
  }

  /** Shows and announces what a moderation dialog did; focus goes back to its button. */
  private announceDone(key: TranslationKey, params: TranslationParams): void {
    this.actionError.set(null);
    this.notice.set(this.i18n.translate(key, params));
    this.announcer.announce(key, params);
  }

  protected pickInvitee(person: Person | null): void {
    this.invitee.set(person);
    if (person !== null) {
      this.inviteError.set(null);
    }
  }

  protected sendInvite(event: Event): void {
    event.preventDefault();
    const person = this.invitee();
    if (person === null) {
      this.inviteError.set('communities.members.invite.pick');
      afterNextRender(
        () => this.document.getElementById('invite-person')?.focus(),
        { injector: this.injector },
      );
      return;
    }
    this.inviteError.set(null);
    this.act(
      () => this.members.invite(this.slug(), person.id),
      'invitations',
      'communities.members.invited',
      { name: person.displayName },
      () => {
        this.invitee.set(null);
        this.members.invitees.clear();
      },
    );
  }

  private confirmThen(
    prefix:
      | 'communities.members.refuse'
      | 'communities.members.withdraw'
      | 'communities.members.remove',
    member: MemberRow,
    action: () => Observable<unknown>,
    section: Section,
    done: TranslationKey,
  ): void {
    const params = { name: member.user.displayName };
    confirmDialog(this.dialog, {
      title: this.i18n.translate(`${prefix}.title`, params),
      message: this.i18n.translate(`${prefix}.message`, params),
      confirm: this.i18n.translate(`${prefix}.confirm`),
      cancel: this.i18n.translate('communities.cancel'),
      danger: true,
    })
      .pipe(
        filter((confirmed) => confirmed),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.act(action, section, done, params));
  }

  private act(
    action: () => Observable<unknown>,
    section: Section,
    done: TranslationKey,
    params: TranslationParams,
    after?: () => void,
  ): void {
    if (this.pending()) {
      return;
    }
    this.pending.set(true);
    this.actionError.set(null);
    action()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.notice.set(this.i18n.translate(done, params));
          this.announcer.announce(done, params);
          after?.();
          afterNextRender(
            () =>
              this.document.getElementById(`${section}-heading`)?.focus(),
            { injector: this.injector },
          );
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = problemOf(error);
          this.actionError.set(
            problem?.detail ??
              this.i18n.translate('communities.error.network'),
          );
        },
      });
  }

  private slug(): string {
    return this.store.community()?.slug ?? '';
  }
}
