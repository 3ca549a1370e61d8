import type { SearchHit } from '@sce/shared-contracts';
import type { HitDetail } from './search.repository';
import { snippetHtml } from './snippet';

export function toSearchHit(d: HitDetail, score: number): SearchHit {
  return {
    type: d.type,
    id: d.id,
    title: d.title,
    snippetHtml: snippetHtml(d.headline, d.html),
    language: d.language,
    date: d.date.toISOString(),
    community: d.community_slug !== null && d.community_name !== null ? { slug: d.community_slug, name: d.community_name } : null,
    author: d.author_id !== null && d.author_name !== null ? { id: d.author_id, displayName: d.author_name } : null,
    organisation: d.organisation_id !== null && d.organisation_name !== null && d.organisation_country !== null ? { id: d.organisation_id, name: d.organisation_name, country: d.organisation_country } : null,
    threadId: d.type === 'post' ? d.thread_id : null,
    postNumber: d.post_number,
    tags: d.tags,
    score,
  };
}
