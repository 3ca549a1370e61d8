import { MENTION_PATTERN } from '@sce/shared-contracts';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
  'ul', 'ol', 'li', 'a', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

const MENTION_HREF = /^mention:([0-9a-f-]{36})$/i;

/** The people a Markdown source mentions (`@[Name](user:<uuid>)`), each once, in order. */
export function mentionedUserIds(source: string): string[] {
  return [...new Set([...source.matchAll(MENTION_PATTERN)].map((m) => (m[2] ?? '').toLowerCase()))];
}

/**
 * Markdown to the HTML stored beside it: raw HTML off, then sanitised to a small tag list; links
 * only http, https and mailto, and marked as user content that passes no ranking or opener.
 * Mentions of `people` (id → display name) become `<span class="mention">@Name</span>` with the
 * person's real name; any other mention stays plain text.
 */
export function renderMarkdown(source: string, people: ReadonlyMap<string, string> = new Map()): string {
  const withMentions = source.replace(MENTION_PATTERN, (_all, name: string, id: string) => `[@${name}](mention:${id.toLowerCase()})`);
  return sanitizeHtml(markdown.render(withMentions), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel'], span: ['class', 'data-user-id'], th: ['align'], td: ['align'], ol: ['start'] },
    allowedClasses: { span: ['mention'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      // A post sits under the page's own headings: its headings start at level 3.
      h1: 'h3',
      h2: 'h4',
      h3: 'h5',
      h4: 'h6',
      h5: 'h6',
      a: (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
        const mention = MENTION_HREF.exec(attribs['href'] ?? '');
        if (!mention) return { tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } };
        const id = (mention[1] ?? '').toLowerCase();
        const name = people.get(id);
        return name ? { tagName: 'span', attribs: { class: 'mention', 'data-user-id': id }, text: `@${name}` } : { tagName: 'span', attribs: {} };
      },
    },
  });
}
