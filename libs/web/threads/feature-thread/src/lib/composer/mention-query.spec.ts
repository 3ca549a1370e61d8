import { MENTION_PATTERN } from '@sce/shared-contracts';
import {
  findMentionQuery,
  insertMention,
  mentionLabel,
  type MentionQuery,
} from './mention-query';

/** The query at the `|` in `marked` (the caret), with the `|` taken out. */
const at = (marked: string): MentionQuery | null => {
  const caret = marked.indexOf('|');
  return findMentionQuery(marked.replace('|', ''), caret);
};
const anne = {
  id: '5b0e8c4e-1f6a-4d2b-9c3e-7a1d2e3f4a5b',
  displayName: 'Anne Kjær',
};

describe('findMentionQuery', () => {
  it('finds an @name of at least two characters before the caret', () => {
    expect(at('Ask @an|')).toEqual({ start: 4, end: 7, query: 'an' });
    expect(at('@erik|')).toEqual({ start: 0, end: 5, query: 'erik' });
    expect(at('(@jo|')).toEqual({ start: 1, end: 4, query: 'jo' });
    expect(at('first line\n@jo|')).toEqual({ start: 11, end: 14, query: 'jo' });
  });

  it('takes names of several words, up to four', () => {
    expect(at('Hi @Anne van| there')?.query).toBe('Anne van');
    expect(at('Hi @Anne van der Berg|')?.query).toBe('Anne van der Berg');
    expect(at('Hi @Anne said that it was|')).toBeNull();
  });

  it('replaces up to the end of the word the caret is in', () => {
    expect(at('Ask @an|ne today')).toEqual({ start: 4, end: 9, query: 'an' });
  });

  it('finds nothing too short, inside words or e-mail addresses, or already picked', () => {
    expect(at('Ask @a|')).toBeNull();
    expect(at('Ask @|')).toBeNull();
    expect(at('Ask @ an|')).toBeNull();
    expect(at('mail erik@example|')).toBeNull();
    expect(at(`Ask @[Anne Kjær](user:${anne.id}) and|`)).toBeNull();
    expect(at('Ask @an\nd|')).toBeNull();
    expect(at('Ask @an  d|')).toBeNull();
    expect(at('No at sign|')).toBeNull();
    expect(at(`@${'x'.repeat(61)}|`)).toBeNull();
  });
});

describe('insertMention', () => {
  it('puts the API’s mention syntax and a space in place of the @query, caret after', () => {
    const text = 'Ask @an';
    const edit = insertMention(
      text,
      findMentionQuery(text, 7) as MentionQuery,
      anne,
    );
    expect(edit.text).toBe(`Ask @[Anne Kjær](user:${anne.id}) `);
    expect(edit.start).toBe(edit.text.length);
    expect(edit.end).toBe(edit.start);
    // The API finds exactly this person in it.
    const found = [...edit.text.matchAll(MENTION_PATTERN)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(found).toEqual([['Anne Kjær', anne.id]]);
  });

  it('replaces the whole word and keeps a space that follows', () => {
    const text = 'Ask @anne today';
    const edit = insertMention(
      text,
      findMentionQuery(text, 7) as MentionQuery,
      anne,
    );
    expect(edit.text).toBe(`Ask @[Anne Kjær](user:${anne.id}) today`);
    expect(edit.text.slice(edit.start)).toBe('today');
  });

  it('keeps names inside the syntax', () => {
    expect(mentionLabel(' Anne [AK]\nKjær\\ ')).toBe('Anne AK Kjær');
    expect(mentionLabel('x'.repeat(70))).toHaveLength(60);
  });
});
