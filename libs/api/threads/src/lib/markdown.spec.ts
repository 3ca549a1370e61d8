import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**Bold** and _em_')).toBe('<p><strong>Bold</strong> and <em>em</em></p>\n');
  });

  it('escapes raw HTML instead of rendering it', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
  });

  it('drops javascript: links and marks the others as user content', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toMatch(/<a[\s>]/);
    expect(renderMarkdown('<a href="javascript:alert(1)">x</a>')).not.toMatch(/<a[\s>]/);
    expect(renderMarkdown('[site](https://example.org)')).toContain('<a href="https://example.org" rel="nofollow ugc noopener">site</a>');
  });
});
