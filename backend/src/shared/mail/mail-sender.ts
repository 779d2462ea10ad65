import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { runtimeConfig } from '../config';
import { onClientReset } from '../aws/clients';
import { sdkClient } from '../aws/sdk-client';

/** What RaM sends a keeper: plain text always, HTML when the mail has a layout. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** What the mail is about, for logs and the local outbox (e.g. `alert-critical`, `weekly-summary`). */
  readonly kind: string;
}

/** A mail as the local outbox keeps it. */
export interface OutboxMail extends MailMessage {
  readonly id: string;
  readonly sentAt: string;
}

/** The mail port: SES in AWS, the outbox in the data folder locally. */
export interface MailSender {
  send(message: MailMessage, now?: Date): Promise<{ messageId: string }>;
}

/** Sends through SES v2 from the stack's verified sender (`MAIL_FROM`). */
export class SesMailSender implements MailSender {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const { MessageId } = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: message.text, Charset: 'UTF-8' },
              ...(message.html ? { Html: { Data: message.html, Charset: 'UTF-8' } } : {}),
            },
          },
        },
        EmailTags: [{ Name: 'kind', Value: message.kind.replace(/[^A-Za-z0-9_-]/g, '_') }],
      }),
    );
    return { messageId: MessageId ?? '' };
  }
}

/** Keeps each mail as one JSON file in a folder, so a keeper on one machine can read it at `/_local/outbox`. */
export class OutboxMailSender implements MailSender {
  constructor(private readonly folder: string) {}

  async send(message: MailMessage, now = new Date()): Promise<{ messageId: string }> {
    const mail: OutboxMail = { id: randomUUID(), sentAt: now.toISOString(), ...message };
    mkdirSync(this.folder, { recursive: true });
    // Names sort by time; the rename makes a half-written mail invisible to readers.
    const file = join(this.folder, `${mail.sentAt.replace(/[:.]/g, '-')}-${mail.id}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(mail), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
    return { messageId: mail.id };
  }
}

/** Every mail in an outbox folder, newest first. */
export function readOutbox(folder: string): OutboxMail[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .sort()
    .reverse()
    .map((n) => JSON.parse(readFileSync(join(folder, n), 'utf8')) as OutboxMail);
}

let sender: MailSender | undefined;
onClientReset(() => (sender = undefined));

/** This container's mail sender: the outbox when `MAIL_OUTBOX_DIR` is set (the local runtime), SES otherwise. */
export function mailSender(): MailSender {
  if (sender) return sender;
  const outbox = process.env.MAIL_OUTBOX_DIR?.trim();
  if (outbox) return (sender = new OutboxMailSender(outbox));
  const from = process.env.MAIL_FROM?.trim();
  if (!from) throw new Error('Missing environment variable MAIL_FROM (the verified SES sender) or MAIL_OUTBOX_DIR');
  return (sender = new SesMailSender(sdkClient(SESv2Client, { region: runtimeConfig().region }), from));
}

/** The app's public address for links in mails (`APP_URL`); relative links when unknown. */
export function appUrl(path: string): string {
  const base = (process.env.APP_URL ?? '').replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
