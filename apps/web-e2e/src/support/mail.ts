import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the app writes its mails when there is no SMTP server (set by the e2e runner). */
const mailDir = process.env['E2E_MAIL_DIR'];

/** Pages of the app that mails link to with a `?token=`. */
export type MailedPage = 'verify-email' | 'reset-password' | 'confirm-email';

/** Polls the mail folder (up to 5 s) for a link to this page sent to this address. */
export async function mailedLink(
  address: string,
  page: MailedPage,
): Promise<URL> {
  if (!mailDir) {
    throw new Error('E2E_MAIL_DIR is not set');
  }
  const deadline = Date.now() + 5_000;
  for (;;) {
    const names = await readdir(mailDir).catch(() => [] as string[]);
    for (const name of names) {
      const text = await readFile(path.join(mailDir, name), 'utf8').catch(
        () => '',
      );
      if (!text.includes(address)) {
        continue;
      }
      const link = new RegExp(
        `https?://\\S+?/${page}\\?token=[\\w\\-.~%]+`,
      ).exec(text.replace(/=\r?\n/g, ''));
      if (link) {
        return new URL(link[0]);
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`no ${page} mail for ${address} in ${mailDir}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
