import { titleFromFileName } from './file-title';

describe('titleFromFileName', () => {
  it('drops the extension and makes words of underscores and dots', () => {
    expect(titleFromFileName('annual_report-2025.final.PDF')).toBe(
      'Annual report-2025 final',
    );
    expect(titleFromFileName('survey  results__nl.docx')).toBe(
      'Survey results nl',
    );
  });

  it('keeps version numbers and leaves names without an extension alone', () => {
    expect(titleFromFileName('checklist v1.2.pdf')).toBe('Checklist v1.2');
    expect(titleFromFileName('README')).toBe('README');
  });

  it('drops folders a browser may send', () => {
    expect(titleFromFileName('C:\\fakepath\\budget.xlsx')).toBe('Budget');
    expect(titleFromFileName('docs/plan.odt')).toBe('Plan');
  });

  it('never exceeds the longest title', () => {
    expect(titleFromFileName(`${'a'.repeat(300)}.txt`)).toHaveLength(200);
  });

  it('gives an empty title for a name that is only an extension', () => {
    expect(titleFromFileName('.pdf')).toBe('');
  });
});
