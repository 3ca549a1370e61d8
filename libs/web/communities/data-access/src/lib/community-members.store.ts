import {
  DestroyRef,
  Injectable,
  inject,
  signal,
  type Signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  Member,
  MembershipRole,
  Organisation,
  PublicProfile,
} from '@sce/shared-contracts';
import { OrganisationsApi } from '@sce/web-organisations-data-access';
import { KeysetList } from '@sce/web-shared-data-access';
import { map, tap, type Observable, type Subscription } from 'rxjs';
import { CommunitiesApi, type MemberListState } from './communities.api';

/** A member row with the person's id as its own (the lists tell rows apart by `id`). */
export type MemberRow = Member & { id: string };

/**
 * A community's members page: the members, and for its moderators the requests to join and
 * the open invitations (keyset pages each), with the actions on them. Provide it at the route.
 */
@Injectable()
export class CommunityMembersStore {
  private readonly api = inject(CommunitiesApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly organisationList = signal<readonly Organisation[]>([]);
  private readonly peopleList = signal<readonly PublicProfile[]>([]);
  private peopleRequest: Subscription | undefined;

  /** The organisations to pick someone to invite from (the first 100, by name). */
  readonly organisations: Signal<readonly Organisation[]> =
    this.organisationList.asReadonly();
  /** The active people of the organisation picked for an invitation. */
  readonly people: Signal<readonly PublicProfile[]> =
    this.peopleList.asReadonly();

  readonly active = this.list('active');
  readonly requested = this.list('requested');
  readonly invited = this.list('invited');

  /** Loads the members, and — for moderators — the requests and invitations. */
  load(slug: string, moderator: boolean): void {
    this.active.load(slug);
    if (moderator) {
      this.requested.load(slug);
      this.invited.load(slug);
    }
  }

  /** Loads the organisations for the invitation picker. */
  loadOrganisations(): void {
    this.organisationsApi
      .list('', null, 100)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => this.organisationList.set(page.items),
        error: () => this.organisationList.set([]),
      });
  }

  /** Loads the people of one organisation for the picker (empty id: none). */
  loadPeople(organisationId: string): void {
    this.peopleRequest?.unsubscribe();
    this.peopleList.set([]);
    if (organisationId === '') {
      return;
    }
    this.peopleRequest = this.organisationsApi
      .members(organisationId, null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => this.peopleList.set(page.items),
        error: () => this.peopleList.set([]),
      });
  }

  /** Accepts a request: the person leaves the requests and shows among the members. */
  approve(slug: string, member: MemberRow): Observable<void> {
    return this.api.approve(slug, member.id).pipe(
      tap(() => {
        this.requested.remove(member.id);
        this.active.reload();
      }),
    );
  }

  /** Refuses a request, withdraws an invitation or removes a member. */
  remove(slug: string, member: MemberRow): Observable<void> {
    return this.api.removeMember(slug, member.id).pipe(
      tap(() => {
        this.active.remove(member.id);
        this.requested.remove(member.id);
        this.invited.remove(member.id);
      }),
    );
  }

  /** Invites someone; the invitation (or, for a pending request, the membership) shows after. */
  invite(slug: string, userId: string): Observable<void> {
    return this.api.invite(slug, userId).pipe(
      tap(() => {
        this.invited.reload();
        this.requested.reload();
        this.active.reload();
      }),
    );
  }

  /** Makes a member a community moderator, or a member again (administrators). */
  setRole(
    slug: string,
    member: MemberRow,
    role: MembershipRole,
  ): Observable<MemberRow> {
    return this.api.setRole(slug, member.id, role).pipe(
      map(() => ({ ...member, role })),
      tap((changed) => this.active.replace(changed)),
    );
  }

  private list(state: MemberListState): KeysetList<MemberRow, string> {
    return new KeysetList<MemberRow, string>((slug, cursor) =>
      this.api.members(slug, state, cursor).pipe(
        map((page) => ({
          items: page.items.map((member) => ({ ...member, id: member.user.id })),
          nextCursor: page.nextCursor,
        })),
      ),
    );
  }
}
