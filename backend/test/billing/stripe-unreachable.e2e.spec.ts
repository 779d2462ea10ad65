import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { useLocalBillingGateway } from '../../src/modules/billing';
import { unreachableStripeGateway } from '../support/unreachable-stripe';
import { postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

describe('checkout when Stripe cannot be reached', () => {
  let runtime: LocalRuntime;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    // The real Stripe SDK gateway, pointed at an address where nothing answers.
    useLocalBillingGateway(await unreachableStripeGateway());
  });
  afterAll(() => runtime.stop());

  it('answers 502 with a support reference and writes nothing on the keeper', async () => {
    const keeper = await signUpAndIn(runtime, undefined, 'PRO');

    const sut = await postApi(runtime, '/user/billing/checkout', { plan: 'PRO', interval: 'MONTH' }, keeper);

    expect(sut.status).toBe(502);
    expect(sut.body).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', referenceId: expect.stringMatching(/^RAM-[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
    expect(String(sut.body.message)).toMatch(/^Stripe could not create your customer record\. Nothing was changed/);
    expect(JSON.stringify(sut.body)).not.toMatch(/at .*\.ts|ECONNREFUSED/);
    const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1', endpoint: runtime.dynamoEndpoint }));
    const { Item: user } = await doc.send(new GetCommand({ TableName: `${runtime.env}-user`, Key: { user_id: keeper.userId } }));
    const { Item: failure } = await doc.send(
      new GetCommand({ TableName: `${runtime.env}-app-error`, Key: { reference_id: sut.body.referenceId } }),
    );
    doc.destroy();
    expect(user?.billing).toBeUndefined();
    expect(failure).toMatchObject({ operation: 'user-billing-checkout', user_id: keeper.userId, error_name: 'UpstreamFailureError' });
  });
});
