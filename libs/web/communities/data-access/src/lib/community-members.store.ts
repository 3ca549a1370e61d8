import { Injectable, inject } from '@angular/core';
import type { Member, MembershipRole } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { PeopleSearch } from '@sce/web-threads-data-access';
import { map, tap, type Observable } from 'rxjs';
import { CommunitiesApi, type MemberListState } from './communities.api';

/** A member row with the person's id as its own (the lists tell rows apart by `id`). */
export type MemberRow = Member & { id: string };

/**
 * A community's members page: the members, and for its moderators the requests to join and
 * the open invitations (keyset pages each), with the actions on them, and the search for people
 * to invite (anyone active, by name). Provide it at the route.
 */
@Injectable()
export class CommunityMembersStore {
  private readonly api = inject(CommunitiesApi);

  /** People to invite, found by name as the moderator types. */
  readonly invitees = new PeopleSearch();

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
