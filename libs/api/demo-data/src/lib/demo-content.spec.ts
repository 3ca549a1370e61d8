import { demoPractices } from './demo-practices';
import { DEMO_ACCOUNTS, type DemoReply, demoCommunities, demoEvents, demoOrganisations, demoThreads, demoUsers } from './demo-content';

describe('demo content', () => {
  const people = new Set(demoUsers.map((u) => u.key));
  const communities = new Set(demoCommunities.map((c) => c.key));

  it('has one account per role, as the README promises', () => {
    const byEmail = new Map(demoUsers.map((u) => [u.email, u.role]));
    expect(DEMO_ACCOUNTS.map((email) => byEmail.get(email))).toEqual(['admin', 'moderator', 'researcher', 'member']);
  });

  it('covers every North Sea country and only uses example addresses', () => {
    expect(new Set(demoOrganisations.map((o) => o.country))).toEqual(new Set(['GB', 'NL', 'BE', 'DE', 'DK', 'SE', 'NO']));
    for (const u of demoUsers) expect(u.email).toMatch(/@example\.org$/);
    expect(demoOrganisations.map((o) => o.key)).toEqual(expect.arrayContaining(demoUsers.map((u) => u.organisation)));
  });

  it('has someone awaiting approval who belongs to no community yet', () => {
    const pending = demoUsers.filter((u) => u.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    for (const p of pending) for (const c of demoCommunities) expect(c.members).not.toContain(p.key);
  });

  it('has a public, a members-only and a private community', () => {
    expect(new Set(demoCommunities.map((c) => c.visibility))).toEqual(new Set(['public', 'members', 'private']));
    for (const c of demoCommunities) for (const key of [...c.members, ...c.moderators]) expect(people).toContain(key);
    const steering = demoCommunities.find((c) => c.visibility === 'private');
    expect(steering?.members).not.toContain('member');
  });

  it('has a join request and an invitation waiting, from people who are not members yet', () => {
    const waiting = demoCommunities.flatMap((c) => [...(c.requested ?? []), ...(c.invited ?? [])].map((key) => ({ key, community: c })));
    expect(demoCommunities.some((c) => (c.requested ?? []).length > 0 && c.joinPolicy === 'request')).toBe(true);
    expect(demoCommunities.some((c) => (c.invited ?? []).length > 0 && c.joinPolicy === 'invite')).toBe(true);
    for (const { key, community } of waiting) {
      expect(community.members).not.toContain(key);
      expect(demoUsers.map((u) => u.key)).toContain(key);
    }
  });

  it('shows discussions alive: an accepted answer on a question, reactions, an edit, a mention, a bookmark, research details', () => {
    const all: { reply: DemoReply; kind: string }[] = [];
    const walk = (replies: DemoReply[], kind: string) => replies.forEach((reply) => { all.push({ reply, kind }); walk(reply.replies ?? [], kind); });
    demoThreads.forEach((thread) => walk(thread.replies, thread.kind));
    expect(all.filter((r) => r.reply.accepted).map((r) => r.kind)).toEqual(['question']);
    expect(all.some((r) => Object.keys(r.reply.reactions ?? {}).length > 0)).toBe(true);
    expect(all.some((r) => (r.reply.earlier ?? []).length > 0)).toBe(true);
    expect(all.some((r) => /@\{\w+\}/.test(r.reply.body))).toBe(true);
    expect(all.some((r) => (r.reply.bookmarkedBy ?? []).length > 0)).toBe(true);
    for (const { reply } of all) {
      for (const key of [...Object.values(reply.reactions ?? {}).flat(), ...(reply.bookmarkedBy ?? []), ...[...reply.body.matchAll(/@\{(\w+)\}/g)].map((m) => m[1] ?? '')]) expect(people).toContain(key);
    }
    expect(demoThreads.filter((t) => t.kind === 'research').every((t) => t.research !== undefined)).toBe(true);
  });

  it('only lets members of a community write in it, with nested replies somewhere', () => {
    let deepest = 0;
    const walk = (replies: DemoReply[], community: string, depth: number): void => {
      for (const r of replies) {
        expect(demoCommunities.find((c) => c.key === community)?.members).toContain(r.author);
        deepest = Math.max(deepest, depth);
        walk(r.replies ?? [], community, depth + 1);
      }
    };
    for (const t of demoThreads) {
      expect(communities).toContain(t.community);
      expect(demoCommunities.find((c) => c.key === t.community)?.members).toContain(t.author);
      if (t.kind === 'research') expect(['researcher', 'moderator', 'admin']).toContain(demoUsers.find((u) => u.key === t.author)?.role);
      walk(t.replies, t.community, 1);
    }
    expect(deepest).toBeGreaterThanOrEqual(3);
  });

  it('has upcoming and past events organised and answered by members of their community, within capacity', () => {
    expect(demoEvents.filter((e) => e.inDays > 0).length).toBeGreaterThan(2);
    expect(demoEvents.some((e) => e.inDays < 0)).toBe(true);
    for (const e of demoEvents) {
      const members = demoCommunities.find((c) => c.key === e.community)?.members ?? [];
      for (const person of [e.organiser, ...(e.coOrganisers ?? []), ...Object.values(e.rsvps ?? {}).flat()]) expect({ event: e.title, person, member: members.includes(person) }).toMatchObject({ member: true });
      const going = e.rsvps?.going?.length ?? 0;
      if (e.capacity !== null) expect(going).toBeLessThanOrEqual(e.capacity);
      if (e.rsvps?.waitlisted?.length) expect(going).toBe(e.capacity);
    }
  });

  it('has at least 12 practices across domains and countries, with plausible transfers and evaluations', () => {
    expect(demoPractices.length).toBeGreaterThanOrEqual(12);
    expect(new Set(demoPractices.map((p) => p.domain)).size).toBeGreaterThanOrEqual(8);
    const orgOf = (personKey: string) => demoUsers.find((u) => u.key === personKey)?.organisation;
    const order = ['exploring', 'piloting', 'adopted'];
    for (const p of demoPractices) {
      expect(orgOf(p.author)).toBe(p.organisation);
      for (const t of p.transfers ?? []) {
        expect({ practice: p.title, to: t.to }).not.toMatchObject({ to: p.organisation });
        expect(orgOf(t.by)).toBe(t.to);
        const forward = t.stages.filter((s) => s !== 'abandoned').map((s) => order.indexOf(s));
        expect(forward).toEqual([...forward].sort((a, b) => a - b));
      }
      for (const e of p.evaluations ?? []) {
        expect(orgOf(e.by)).not.toBe(p.organisation);
        for (const score of e.scores) expect(score >= 1 && score <= 5).toBe(true);
      }
    }
    expect(new Set(demoPractices.map((p) => demoOrganisations.find((o) => o.key === p.organisation)?.country)).size).toBeGreaterThanOrEqual(6);
  });
});
