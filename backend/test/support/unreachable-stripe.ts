import { createServer } from 'node:net';
import { StripeBillingGateway } from '../../src/modules/billing';

/** A port where nothing listens: requests to it fail to connect. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The real Stripe SDK gateway, pointed at an address where nothing answers, with no retries. */
export async function unreachableStripeGateway(): Promise<StripeBillingGateway> {
  return new StripeBillingGateway({ secretKey: 'sk_test_unreachable' }, undefined, {
    host: '127.0.0.1',
    port: await closedPort(),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
}
