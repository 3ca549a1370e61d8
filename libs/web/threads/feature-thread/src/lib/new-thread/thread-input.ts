import {
  THREAD_TITLE_MAX,
  TAGS_MAX,
  type CreateThreadRequest,
  type Language,
  type Research,
  type ThreadKind,
} from '@sce/shared-contracts';

/** What the new-thread form holds, as typed. */
export interface ThreadFormValue {
  kind: ThreadKind;
  title: string;
  body: string;
  tags: string;
  language: Language;
  authors: string;
  abstract: string;
  doi: string;
  link: string;
  publishedOn: string;
}

export const threadFields = [
  'kind',
  'title',
  'body',
  'tags',
  'language',
  'authors',
  'abstract',
  'doi',
  'link',
  'publishedOn',
] as const;
export type ThreadField = (typeof threadFields)[number];

const TAG_PATTERN = /^[\p{Ll}\p{N}]+(?:[ -][\p{Ll}\p{N}]+)*$/u;
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** "Open Data, eIDAS ,, open data" → ["open data", "eidas"]: trimmed, lower case, no repeats. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

/** One author per line; blank lines dropped. */
export function parseAuthors(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The request the form describes. */
export function toCreateRequest(value: ThreadFormValue): CreateThreadRequest {
  const research: Research | undefined =
    value.kind === 'research'
      ? {
          authors: parseAuthors(value.authors),
          abstract: value.abstract.trim(),
          doi: value.doi.trim() || null,
          link: value.link.trim() || null,
          publishedOn: value.publishedOn || null,
        }
      : undefined;
  return {
    kind: value.kind,
    title: value.title.trim(),
    body: value.body.trim(),
    tags: parseTags(value.tags),
    language: value.language,
    ...(research ? { research } : {}),
  };
}

/** The fields that break the API's rules, checked before sending. */
export function invalidFields(
  request: CreateThreadRequest,
  bodyMax: number,
): ThreadField[] {
  const invalid: ThreadField[] = [];
  if (request.title.length < 3 || request.title.length > THREAD_TITLE_MAX) {
    invalid.push('title');
  }
  if (request.body === '' || request.body.length > bodyMax) {
    invalid.push('body');
  }
  if (
    request.tags.length > TAGS_MAX ||
    request.tags.some(
      (tag) => tag.length < 2 || tag.length > 40 || !TAG_PATTERN.test(tag),
    )
  ) {
    invalid.push('tags');
  }
  const research = request.research;
  if (research) {
    if (
      research.authors.length === 0 ||
      research.authors.length > 30 ||
      research.authors.some((a) => a.length < 2 || a.length > 120)
    ) {
      invalid.push('authors');
    }
    if (research.abstract === '' || research.abstract.length > 5000) {
      invalid.push('abstract');
    }
    if (research.doi !== null && !DOI_PATTERN.test(research.doi)) {
      invalid.push('doi');
    }
    if (research.link !== null && !isHttpUrl(research.link)) {
      invalid.push('link');
    }
    if (
      research.publishedOn !== null &&
      !/^\d{4}-\d{2}-\d{2}$/.test(research.publishedOn)
    ) {
      invalid.push('publishedOn');
    }
  }
  return invalid;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The form field an API error path points at (`body.research.doi` → `doi`). */
export function threadFieldOf(path: string): ThreadField | undefined {
  const parts = path.replace(/^body\./, '').split('.');
  if (parts[0] === 'research') {
    const field = parts[1] ?? 'authors';
    return (threadFields as readonly string[]).includes(field)
      ? (field as ThreadField)
      : 'authors';
  }
  return (threadFields as readonly string[]).includes(parts[0])
    ? (parts[0] as ThreadField)
    : undefined;
}
