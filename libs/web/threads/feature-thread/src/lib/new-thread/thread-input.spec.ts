import { BODY_MAX } from '@sce/shared-contracts';
import {
  invalidFields,
  parseAuthors,
  parseTags,
  threadFieldOf,
  toCreateRequest,
  type ThreadFormValue,
} from './thread-input';

const value: ThreadFormValue = {
  kind: 'discussion',
  title: '  Parking data  ',
  body: ' **Which** standard? ',
  tags: 'Open Data, mobility ,, open data',
  language: 'en',
  authors: '',
  abstract: '',
  doi: '',
  link: '',
  publishedOn: '',
};

describe('the new-thread form', () => {
  it('tidies tags and authors', () => {
    expect(parseTags(' Open  Data, GIS ,, open data')).toEqual(['open data', 'gis']);
    expect(parseAuthors('Hanna Lindqvist\n\n  Lukas Hoffmann ')).toEqual([
      'Hanna Lindqvist',
      'Lukas Hoffmann',
    ]);
  });

  it('builds the request, with research details only for research', () => {
    expect(toCreateRequest(value)).toEqual({
      kind: 'discussion',
      title: 'Parking data',
      body: '**Which** standard?',
      tags: ['open data', 'mobility'],
      language: 'en',
    });
    const research = toCreateRequest({
      ...value,
      kind: 'research',
      authors: 'Hanna Lindqvist',
      abstract: 'We surveyed.',
      doi: '10.1000/xyz123',
      publishedOn: '2026-05-31',
    });
    expect(research.research).toEqual({
      authors: ['Hanna Lindqvist'],
      abstract: 'We surveyed.',
      doi: '10.1000/xyz123',
      link: null,
      publishedOn: '2026-05-31',
    });
  });

  it('finds the fields the API would refuse', () => {
    expect(invalidFields(toCreateRequest(value), BODY_MAX)).toEqual([]);
    expect(
      invalidFields(
        toCreateRequest({ ...value, title: 'x', body: ' ', tags: 'a, ok tag, b@d' }),
        BODY_MAX,
      ),
    ).toEqual(['title', 'body', 'tags']);
    expect(
      invalidFields(
        toCreateRequest({
          ...value,
          kind: 'research',
          doi: 'doi:10.1/x',
          link: 'ftp://example.org',
        }),
        BODY_MAX,
      ),
    ).toEqual(['authors', 'abstract', 'doi', 'link']);
  });

  it('maps the API’s field paths to the form’s fields', () => {
    expect(threadFieldOf('body.title')).toBe('title');
    expect(threadFieldOf('body.tags.3')).toBe('tags');
    expect(threadFieldOf('body.research.doi')).toBe('doi');
    expect(threadFieldOf('body.research.authors.0')).toBe('authors');
    expect(threadFieldOf('body.research')).toBe('authors');
    expect(threadFieldOf('body.other')).toBeUndefined();
  });
});
