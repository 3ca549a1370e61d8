import { MARK_START, MARK_STOP } from './search.repository';
import { decodeEntities, snippetHtml } from './snippet';

const mark = (word: string) => `${MARK_START}${word}${MARK_STOP}`;

describe('snippetHtml', () => {
  it('wraps matched words in <mark> and escapes everything else', () => {
    expect(snippetHtml(`Apply for a ${mark('parking')} permit <script>alert("x")</script> & more`, false)).toBe(
      'Apply for a <mark>parking</mark> permit &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more',
    );
  });

  it('decodes the references of sanitised HTML once, so they are escaped once', () => {
    expect(snippetHtml(`Tom &amp; Jerry &lt;b&gt; ${mark('caf&#233;')} &#x27;quoted&#39;`, true)).toBe('Tom &amp; Jerry &lt;b&gt; <mark>café</mark> &#39;quoted&#39;');
  });

  it('never lets text pose as a marker, even written as a character reference', () => {
    expect(snippetHtml('&#xE000;<img src=x onerror=alert(1)>&#57345;', true)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(decodeEntities('&#xe000;&#57344;&#0;&#xD800;')).toBe('');
  });

  it('keeps markup balanced when markers are unpaired, and collapses white space', () => {
    expect(snippetHtml(`${MARK_STOP}a  ${MARK_START}b\n\n${MARK_START}c`, false)).toBe('a <mark>b c</mark>');
    expect(snippetHtml('&unknown; &copy;', true)).toBe('&amp;unknown; &amp;copy;');
  });
});
