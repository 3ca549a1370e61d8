import {
  documentFieldOf,
  fileExtension,
  invalidDocumentFields,
  parseTags,
} from './document-input';

describe('document input', () => {
  it('parses tags: trimmed, lower case, no blanks or repeats', () => {
    expect(parseTags(' Open Data, GIS ,, open  data ')).toEqual([
      'open data',
      'gis',
    ]);
  });

  it('names the fields that break the API’s rules', () => {
    expect(
      invalidDocumentFields({
        file: { size: 10 },
        title: 'Survey',
        description: '',
        tags: ['open data'],
      }),
    ).toEqual([]);
    expect(
      invalidDocumentFields({
        file: null,
        title: ' ab ',
        description: 'x'.repeat(5001),
        tags: ['a', 'ok'],
        changeNote: 'y'.repeat(1001),
      }),
    ).toEqual(['file', 'title', 'description', 'tags', 'changeNote']);
    expect(invalidDocumentFields({ file: { size: 0 } })).toEqual(['file']);
    expect(
      invalidDocumentFields({ file: { size: 25 * 1024 * 1024 + 1 } }),
    ).toEqual(['file']);
    expect(
      invalidDocumentFields({
        tags: Array.from({ length: 11 }, (_, i) => `t${i}`),
      }),
    ).toEqual(['tags']);
  });

  it('maps the API’s error paths to form fields', () => {
    expect(documentFieldOf('file')).toBe('file');
    expect(documentFieldOf('file.name')).toBe('file');
    expect(documentFieldOf('body.title')).toBe('title');
    expect(documentFieldOf('body.tags.0')).toBe('tags');
  });

  it('reads a short extension', () => {
    expect(fileExtension('report.final.docx')).toBe('DOCX');
    expect(fileExtension('data.csv')).toBe('CSV');
    expect(fileExtension('README')).toBeNull();
  });
});
