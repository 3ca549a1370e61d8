import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config';
import { actionMail } from './mail-template';
import { Mailer } from './mailer';

describe('Mailer without SMTP', () => {
  it('writes the mail under DATA_DIR/mail so a newcomer can follow its links', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sce-mail-'));
    const mailer = new Mailer(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
    await mailer.send({ to: 'anna@example.org', subject: 'Confirm your email address', text: 'Open http://localhost:3000/verify-email?token=abc', html: '<p>x</p>' });
    const files = readdirSync(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'mail', files[0]), 'utf8')).toContain('verify-email?token=abc');
  });
});

describe('actionMail', () => {
  it('escapes names in the HTML version', () => {
    const { html, text } = actionMail({ greeting: 'Hello <b>Eve</b> & co,', paragraphs: ['"Quoted"'], action: { label: 'Go', url: 'https://x.example.org/?a=1&b=2' }, footer: 'Bye' });
    expect(html).toContain('Hello &lt;b&gt;Eve&lt;/b&gt; &amp; co,');
    expect(html).toContain('href="https://x.example.org/?a=1&amp;b=2"');
    expect(text).toContain('Go: https://x.example.org/?a=1&b=2');
  });
});
