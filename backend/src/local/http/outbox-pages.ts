import type { IncomingMessage, ServerResponse } from 'node:http';
import { type OutboxMail, readOutbox } from '../../shared/mail/mail-sender';
import { crossSiteRefusal } from './request-guards';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(mails: readonly OutboxMail[]): string {
  const rows = mails
    .map(
      (m) =>
        `<article><header><strong>${escapeHtml(m.subject)}</strong><br>to ${escapeHtml(m.to)} · ${escapeHtml(m.sentAt)} · ${escapeHtml(m.kind)}</header><pre>${escapeHtml(m.text)}</pre></article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Local outbox · Reef-A-Matic</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:60rem;color:#0f172a}article{border:1px solid #cbd5e1;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}pre{white-space:pre-wrap;font-family:inherit}</style></head>
<body><h1>Local outbox</h1><p>${mails.length} mail${mails.length === 1 ? '' : 's'} sent by this machine, newest first. In AWS these go out through SES. JSON: <a href="/_local/outbox.json">/_local/outbox.json</a>.</p>
${rows || '<p>No mail yet.</p>'}</body></html>`;
}

/** `/_local/outbox` (HTML) and `/_local/outbox.json` (to, subject, text, sentAt, …, newest first). */
export function serveOutbox(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  folder: string | undefined,
  appOrigins: readonly string[],
): void {
  const send = (status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(body);
  };
  if (req.method !== 'GET') return send(405, 'application/json', JSON.stringify({ message: 'The outbox is read-only' }));
  if (crossSiteRefusal(req, appOrigins))
    return send(403, 'application/json', JSON.stringify({ message: 'The outbox answers same-origin requests only' }));
  const mails = folder ? readOutbox(folder) : [];
  if (path === '/_local/outbox.json') return send(200, 'application/json', JSON.stringify({ mails }));
  if (path === '/_local/outbox') return send(200, 'text/html; charset=utf-8', page(mails));
  send(404, 'application/json', JSON.stringify({ message: 'Not found' }));
}
