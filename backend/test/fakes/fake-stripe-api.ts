import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StripeBillingGateway } from '../../src/modules/billing';

/** One request the Stripe SDK sent: method, path, query and form-decoded body. */
export interface StripeApiRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly form: Record<string, string>;
  readonly idempotencyKey?: string;
}

interface FakeSubscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: string;
}

const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });

/**
 * The one stand-in for Stripe's HTTP API in tests, for what the real SDK gateway sends (the local
 * Stripe stand-in replaces the whole gateway instead): lists a customer's subscriptions and cancels
 * them, as `GET /v1/subscriptions` and `DELETE /v1/subscriptions/:id` do, and records every request.
 *
 * @example
 * const stripe = await FakeStripeApi.start([{ id: 'sub_1', customer: 'cus_1', status: 'active' }]);
 * await stripe.gateway().cancelSubscriptionsNow('cus_1');
 * expect(stripe.requests.at(-1)?.form).toMatchObject({ invoice_now: 'false', prorate: 'false' });
 */
export class FakeStripeApi {
  readonly requests: StripeApiRequest[] = [];
  private readonly subscriptions: FakeSubscription[];

  private constructor(
    private readonly server: Server,
    subscriptions: readonly Omit<FakeSubscription, 'object'>[],
  ) {
    this.subscriptions = subscriptions.map((s) => ({ ...s, object: 'subscription' as const }));
  }

  static async start(subscriptions: readonly Omit<FakeSubscription, 'object'>[] = []): Promise<FakeStripeApi> {
    const server = createServer();
    const fake = new FakeStripeApi(server, subscriptions);
    server.on('request', (req: IncomingMessage, res) => void fake.answer(req, res.writeHead.bind(res), res.end.bind(res)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The real SDK gateway, talking to this fake. */
  gateway(): StripeBillingGateway {
    const { port } = this.server.address() as AddressInfo;
    return new StripeBillingGateway({ secretKey: 'sk_test_fake' }, undefined, {
      host: '127.0.0.1',
      port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async answer(
    req: IncomingMessage,
    head: (status: number, headers: Record<string, string>) => unknown,
    end: (body: string) => unknown,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stripe.test');
    const form = Object.fromEntries(new URLSearchParams(await bodyOf(req)));
    const key = req.headers['idempotency-key'];
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      form,
      ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
    });
    const json = (status: number, body: object) => {
      head(status, { 'content-type': 'application/json', 'request-id': `req_fake${this.requests.length}` });
      end(JSON.stringify(body));
    };
    const cancel = /^\/v1\/subscriptions\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && url.pathname === '/v1/subscriptions') {
      // Without a status filter Stripe lists every subscription that is not canceled.
      const data = this.subscriptions.filter((s) => s.customer === url.searchParams.get('customer') && s.status !== 'canceled');
      return json(200, { object: 'list', url: '/v1/subscriptions', has_more: false, data });
    }
    if (req.method === 'DELETE' && cancel) {
      const subscription = this.subscriptions.find((s) => s.id === cancel[1]);
      if (!subscription)
        return json(404, {
          error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such subscription: '${cancel[1]}'` },
        });
      subscription.status = 'canceled';
      return json(200, subscription);
    }
    return json(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${url.pathname})` } });
  }
}
