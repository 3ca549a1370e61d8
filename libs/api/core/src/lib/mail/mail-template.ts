/** Escapes text for HTML mail bodies: names and titles come from users. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * A plain mail with one call to action: paragraphs of text and a link, as text and as HTML.
 * Every interpolated value is escaped in the HTML version.
 */
export function actionMail(parts: { greeting: string; paragraphs: string[]; action: { label: string; url: string }; footer: string }): { text: string; html: string } {
  const text = [parts.greeting, '', ...parts.paragraphs.flatMap((p) => [p, '']), `${parts.action.label}: ${parts.action.url}`, '', parts.footer].join('\n');
  const html = [
    `<p>${escapeHtml(parts.greeting)}</p>`,
    ...parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(parts.action.url)}">${escapeHtml(parts.action.label)}</a></p>`,
    `<p style="color:#555">${escapeHtml(parts.footer)}</p>`,
  ].join('\n');
  return { text, html };
}
