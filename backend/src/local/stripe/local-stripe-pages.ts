import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BILLING_INTERVALS,
  type BillingInterval,
  LAUNCH_PROMOTION,
  PAID_PLANS,
  type PaidPlan,
  catalogEntry,
  planOfLookupKey,
  planPrice,
} from '../../domain/billing/plan-catalog';
import { readLimitedBody, sameOriginJsonRefusal } from '../http/request-guards';
import { type LocalStripe, LocalStripeError, type PortalAction } from './local-stripe';

const MAX_BODY_BYTES = 4096;

const euros = (cents: number) => `€${(cents / 100).toFixed(2)}`;
const per = (interval: BillingInterval) => (interval === 'MONTH' ? 'month' : 'year');
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const dateOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const read = await readLimitedBody(req, MAX_BODY_BYTES);
  if (!read.ok) throw new LocalStripeError(413, 'The request body is too large');
  try {
    const parsed: unknown = JSON.parse(read.body.toString('utf8') || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new LocalStripeError(400, 'The request body is not a JSON object');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function page(res: ServerResponse, status: number, title: string, body: string, script = ''): void {
  const nonce = randomBytes(12).toString('base64');
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`,
    'x-content-type-options': 'nosniff',
  });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · local Stripe</title>
<style nonce="${nonce}">
body{font-family:system-ui,sans-serif;background:#f4f7fb;color:#0f2a3d;margin:0;padding:24px 16px}
main{max-width:440px;margin:0 auto;background:#fff;border-radius:16px;padding:24px;box-shadow:0 2px 12px rgba(15,42,61,.12)}
.badge{display:inline-block;font-size:12px;background:#fff4d6;color:#7a5200;border-radius:999px;padding:2px 10px;margin-bottom:12px}
h1{font-size:22px;margin:0 0 4px}.price{font-size:30px;font-weight:700;margin:12px 0 4px}.muted{color:#52697a;font-size:14px}
label{display:block;font-size:14px;margin:16px 0 6px}input{width:100%;box-sizing:border-box;padding:10px;border:1px solid #b9c8d4;border-radius:8px;font-size:16px}
button{width:100%;padding:12px;border:0;border-radius:8px;font-size:16px;margin-top:12px;cursor:pointer;background:#0b6e8a;color:#fff}
button.secondary{background:#e6eef3;color:#0f2a3d}.row{display:flex;gap:8px}.row button{flex:1}
.error{color:#a32222;font-size:14px;min-height:20px;margin-top:8px}.ok{color:#1d6b3a;font-size:14px;min-height:20px}
dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:14px}dt{color:#52697a}dd{margin:0;font-weight:600}
</style></head><body><main><span class="badge">Local Stripe stand-in · no real payment</span>${body}</main>
${script ? `<script nonce="${nonce}">${script}</script>` : ''}</body></html>`);
}

// Posts JSON to the same origin and follows the answer's address (relative, so any host name works).
const POST_SCRIPT = `
async function post(path, body) {
  const error = document.getElementById('error'); error.textContent = '';
  document.querySelectorAll('button').forEach((b) => (b.disabled = true));
  try {
    const r = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await r.json();
    if (!r.ok) throw new Error(answer.message || 'Something went wrong');
    const target = new URL(answer.redirect, location.href);
    location.assign(target.pathname + target.search + target.hash);
  } catch (e) {
    error.textContent = e.message;
    document.querySelectorAll('button').forEach((b) => (b.disabled = false));
  }
}`;

function checkoutHtml(res: ServerResponse, stripe: LocalStripe, sessionId: string): void {
  const session = stripe.checkoutPage(sessionId);
  const entry = catalogEntry(session.plan);
  const price = planPrice(session.plan, session.interval);
  if (session.status !== 'open') {
    return page(
      res,
      410,
      'Checkout closed',
      `<h1>This checkout is ${session.status === 'complete' ? 'already paid' : 'no longer open'}</h1><p class="muted">Go back to your profile to see your plan.</p>`,
    );
  }
  const trial = session.trialDays
    ? `<p class="muted" id="trial">${session.trialDays} days of Pro free, then ${euros(price)} per ${per(session.interval)}. Your card is taken now and charged when the trial ends.</p>`
    : `<p class="muted" id="trial">Charged today, then every ${per(session.interval)}.</p>`;
  page(
    res,
    200,
    `Subscribe to ${entry.displayName}`,
    `<h1 id="plan">${escape(entry.displayName)}</h1><p class="muted">${escape(entry.description)}</p>
<div class="price"><span id="price">${euros(price)}</span> <span class="muted">per ${per(session.interval)}</span></div>
<p class="ok" id="discount"></p>${trial}
<label for="promo">Promotion code</label><input id="promo" autocomplete="off" placeholder="e.g. ${LAUNCH_PROMOTION.code}">
<label for="card">Card number</label><input id="card" value="4242 4242 4242 4242" inputmode="numeric">
<button id="pay" type="button">${session.trialDays ? 'Start trial' : 'Pay'}</button>
<button id="back" class="secondary" type="button">Cancel and go back</button><p class="error" id="error" role="alert"></p>`,
    `${POST_SCRIPT}
const base = ${price}, code = ${JSON.stringify(LAUNCH_PROMOTION.code)}, off = ${LAUNCH_PROMOTION.percentOff};
document.getElementById('promo').addEventListener('input', (e) => {
  const on = e.target.value.trim().toUpperCase() === code;
  document.getElementById('discount').textContent = on ? code + ': ' + off + ' % off the first year, €' + (Math.round(base * (100 - off) / 100) / 100).toFixed(2) + ' per ${per(session.interval)}' : '';
});
document.getElementById('pay').addEventListener('click', () => post(location.pathname + '/complete', { promotionCode: document.getElementById('promo').value }));
document.getElementById('back').addEventListener('click', () => post(location.pathname + '/cancel', {}));`,
  );
}

function portalHtml(res: ServerResponse, stripe: LocalStripe, portalId: string): void {
  const { subscription, customerEmail } = stripe.portalPage(portalId);
  const item = subscription?.items.data[0];
  const plan = item ? planOfLookupKey(item.price.lookup_key) : undefined;
  const live = subscription && subscription.status !== 'canceled';
  const facts =
    subscription && plan && item
      ? `<dl><dt>Plan</dt><dd id="portal-plan">${escape(catalogEntry(plan.plan).displayName)}, ${per(plan.interval)}ly</dd>
<dt>Price</dt><dd>${euros(item.price.unit_amount)} per ${per(plan.interval)}${subscription.discount_percent_off ? ` (${subscription.discount_percent_off} % off the first year)` : ''}</dd>
<dt>Status</dt><dd id="portal-status">${escape(subscription.status)}${subscription.cancel_at_period_end ? `, ends ${dateOf(item.current_period_end)}` : ''}</dd>
${subscription.trial_end && subscription.status === 'trialing' ? `<dt>Trial ends</dt><dd>${dateOf(subscription.trial_end)}</dd>` : ''}
<dt>${subscription.cancel_at_period_end ? 'Access until' : 'Renews'}</dt><dd>${dateOf(item.current_period_end)}</dd></dl>`
      : '<p class="muted">No subscription yet.</p>';
  const switches =
    live && plan
      ? PAID_PLANS.flatMap((p: PaidPlan) => BILLING_INTERVALS.map((i: BillingInterval) => ({ p, i })))
          .filter(({ p, i }) => p !== plan.plan || i !== plan.interval)
          .map(
            ({ p, i }) =>
              `<button class="secondary" type="button" data-plan="${p}" data-interval="${i}">Switch to ${p === 'PRO' ? 'Pro' : 'Basic'} ${per(i)}ly (${euros(planPrice(p, i))})</button>`,
          )
          .join('')
      : '';
  const actions = live
    ? `${switches}
${subscription.cancel_at_period_end ? '<button type="button" data-action="resume">Resume subscription</button>' : '<button type="button" class="secondary" data-action="cancel-at-period-end">Cancel at period end</button>'}
<button type="button" class="secondary" data-action="cancel-now">Cancel now</button>
<button type="button" class="secondary" data-action="fail-renewal">Simulate a failed renewal payment</button>`
    : '';
  page(
    res,
    200,
    'Billing portal',
    `<h1>Billing</h1><p class="muted">${escape(customerEmail)}</p>${facts}${actions}
<button type="button" data-action="back">Return to Reef-A-Matic</button><p class="error" id="error" role="alert"></p>`,
    `${POST_SCRIPT}
document.querySelectorAll('button[data-plan]').forEach((b) => b.addEventListener('click', () => post(location.pathname + '/action', { action: 'switch', plan: b.dataset.plan, interval: b.dataset.interval })));
document.querySelectorAll('button[data-action]').forEach((b) => b.addEventListener('click', () => post(location.pathname + '/action', { action: b.dataset.action })));`,
  );
}

function portalChange(body: Record<string, unknown>): PortalAction | 'back' {
  const action = body.action;
  if (action === 'back') return 'back';
  if (action === 'cancel-at-period-end' || action === 'resume' || action === 'cancel-now' || action === 'fail-renewal') return { action };
  if (action === 'switch' && PAID_PLANS.includes(body.plan as PaidPlan) && BILLING_INTERVALS.includes(body.interval as BillingInterval)) {
    return { action, plan: body.plan as PaidPlan, interval: body.interval as BillingInterval };
  }
  throw new LocalStripeError(
    400,
    'action must be cancel-at-period-end, resume, cancel-now, fail-renewal, back, or switch with a plan and interval',
  );
}

/**
 * The local Stripe's pages: `/_local/stripe/checkout/{sessionId}` (GET the page, POST `/complete` or
 * `/cancel`) and `/_local/stripe/portal/{portalId}` (GET the page, POST `/action`). Changes accept only
 * same-origin JSON and read nothing about the keeper from the body: the session in the path decides.
 */
export async function handleLocalStripe(
  stripe: LocalStripe,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  path: string,
  appOrigins: readonly string[],
): Promise<void> {
  const match = /^\/_local\/stripe\/(checkout|portal)\/([A-Za-z0-9_-]{1,80})(?:\/(complete|cancel|action))?$/.exec(path);
  try {
    if (!match) throw new LocalStripeError(404, 'Not found');
    const [, kind, id, verb] = match as unknown as [string, 'checkout' | 'portal', string, string | undefined];
    if (!verb) {
      if (method !== 'GET') throw new LocalStripeError(405, 'Use GET for this page');
      return kind === 'checkout' ? checkoutHtml(res, stripe, id) : portalHtml(res, stripe, id);
    }
    if (method !== 'POST') throw new LocalStripeError(405, 'Use POST');
    const refusal = sameOriginJsonRefusal(req, appOrigins);
    if (refusal)
      throw new LocalStripeError(
        refusal.status,
        `Only same-origin JSON requests may change a checkout or subscription: ${refusal.message}`,
      );
    const body = await readJson(req);
    if (kind === 'checkout' && verb === 'complete') {
      const code = typeof body.promotionCode === 'string' ? body.promotionCode : undefined;
      return sendJson(res, 200, await stripe.completeCheckout(id, code));
    }
    if (kind === 'checkout' && verb === 'cancel') return sendJson(res, 200, stripe.cancelCheckout(id));
    if (kind === 'portal' && verb === 'action') {
      const change = portalChange(body);
      if (change === 'back') return sendJson(res, 200, { redirect: stripe.portalPage(id).returnUrl });
      return sendJson(res, 200, { redirect: (await stripe.portalAction(id, change)).returnUrl });
    }
    throw new LocalStripeError(404, 'Not found');
  } catch (error) {
    if (!(error instanceof LocalStripeError)) throw error;
    if (method === 'GET')
      return page(res, error.status, 'Not available', `<h1>Not available</h1><p class="muted">${escape(error.message)}</p>`);
    sendJson(res, error.status, { message: error.message });
  }
}
