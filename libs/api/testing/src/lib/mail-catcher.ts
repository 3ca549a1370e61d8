import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  /** SMTP_URL for the app under test. */
  url: string;
  mails: ParsedMail[];
  /** The latest mail to `to` whose subject matches, waiting up to two seconds for it. */
  waitFor(to: string, subject: RegExp): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** An in-process SMTP server that keeps every mail the app sends, for assertions. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const recipients = (mail: ParsedMail): string[] =>
    ([] as { value: { address?: string }[] }[]).concat(mail.to ?? []).flatMap((t) => t.value.map((v) => v.address ?? ''));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(to, subject) {
      for (let i = 0; i < 40; i++) {
        const found = [...mails].reverse().find((m) => recipients(m).includes(to) && subject.test(m.subject ?? ''));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no mail to ${to} matching ${subject}; got: ${mails.map((m) => `${recipients(m).join(',')} "${m.subject}"`).join('; ')}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token in the first link of a mail's text, e.g. `.../verify-email?token=abc`. */
export function tokenFromMail(mail: ParsedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no token link in mail "${mail.subject}"`);
  return match[1];
}
