import { mentionedUserIds, renderMarkdown } from './markdown';

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

describe('headings', () => {
  it('start at level 3, under the page’s own headings', () => {
    expect(renderMarkdown('# One\n\n## Two\n\n###### Six')).toBe('<h3>One</h3>\n<h4>Two</h4>\n<h6>Six</h6>\n');
  });
});

describe('mentions', () => {
  const tom = '6f1c1f1e-8d7b-4a61-9a43-1f0b7b3f2a10';
  const ghost = '0b4f5f0e-2c4e-4e8e-9f4a-7d3f0f6c9b21';

  it('finds each mentioned person once', () => {
    expect(mentionedUserIds(`Hi @[Tom](user:${tom}) and @[Tom again](user:${tom.toUpperCase()}) and @[G](user:${ghost})`)).toEqual([tom, ghost]);
  });

  it('renders known people with their real name and leaves the rest as text', () => {
    const html = renderMarkdown(`Ask @[The Boss](user:${tom}) or @[Nobody](user:${ghost}), not [x](mention:${tom})`, new Map([[tom, 'Tom Ashworth']]));
    expect(html).toContain(`<span class="mention" data-user-id="${tom}">@Tom Ashworth</span>`);
    expect(html).toContain('<span>@Nobody</span>');
    expect(html).not.toContain('The Boss');
    expect(html).not.toContain('href="mention:');
  });
});
