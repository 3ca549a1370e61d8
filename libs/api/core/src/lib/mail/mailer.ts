import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Transporter, createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * Sends mail over SMTP (`SMTP_URL`). Without it — a newcomer's machine — each mail is logged and
 * written to `<DATA_DIR>/mail/` so its links can be followed.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    if (!this.transport && config.isProduction) this.logger.warn('SMTP_URL is not set: mails are only written to the log.');
  }

  async send(mail: Mail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
      this.logger.log({ to: mail.to, subject: mail.subject }, 'mail sent');
      return;
    }
    const folder = join(this.config.dataDir, 'mail');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^a-z0-9@.-]/gi, '_')}.txt`);
    writeFileSync(file, `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`, { mode: 0o600 });
    this.logger.log({ to: mail.to, subject: mail.subject, file }, `mail not sent (no SMTP_URL); written to ${file}:\n${mail.text}`);
  }
}
