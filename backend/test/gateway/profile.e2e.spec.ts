import { DeleteTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

describe('POST /user and /user/save through the gateway, the account lambdalith and DynamoDB Local', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime, undefined, 'PRO');
  });
  afterAll(() => runtime.stop());

  it('returns the profile created at sign-up with the first tank and the entitlements', async () => {
    const sut = await postApi(runtime, '/user', {}, keeper);

    expect(sut.status).toBe(200);
    expect(sut.body.user).toMatchObject({ userId: keeper.userId, email: keeper.email, plan: 'PRO' });
    expect(sut.body.tanks).toEqual([expect.objectContaining({ name: 'My reef', volumeLitres: 300, timezone: 'UTC' })]);
    expect(sut.body.entitlements).toMatchObject({ tier: 'NONE', reason: 'CHECKOUT_REQUIRED' });
  });

  it('returns the same profile on a second call instead of creating another', async () => {
    const first = await postApi(runtime, '/user', {}, keeper);
    const second = await postApi(runtime, '/user', {}, keeper);

    expect((second.body.user as { createdAt: string }).createdAt).toBe((first.body.user as { createdAt: string }).createdAt);
  });

  it('saves a new display name and returns the updated profile', async () => {
    const sut = await postApi(runtime, '/user/save', { displayName: '  Reef Ann ' }, keeper);

    expect(sut.status).toBe(200);
    expect(sut.body.user).toMatchObject({ displayName: 'Reef Ann' });
    expect((await postApi(runtime, '/user', {}, keeper)).body.user).toMatchObject({ displayName: 'Reef Ann' });
  });

  it('answers 400 naming the field for a bad body, and writes nothing', async () => {
    const sut = await postApi(runtime, '/user/save', { displayName: 42, volume: 'big' }, keeper);

    expect(sut.status).toBe(400);
    expect(sut.body.message).toMatch(/property volume should not exist/);
    expect(sut.body.message).toMatch(/displayName/);
    expect((await postApi(runtime, '/user', {}, keeper)).body.user).toMatchObject({ displayName: 'Reef Ann' });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const sut = await postApi(runtime, '/user/save', '{"displayName":', keeper);

    expect(sut.status).toBe(400);
    expect(sut.body).not.toHaveProperty('stack');
  });

  it('answers 401 without a token, with a token of another issuer, and with an expired token', async () => {
    const expired = runtime.identity.signRaw({
      sub: keeper.userId,
      email: keeper.email,
      aud: runtime.identity.clientId,
      iss: runtime.identity.issuer,
      token_use: 'id',
      iat: Math.floor(Date.now() / 1000) - 7200,
      exp: Math.floor(Date.now() / 1000) - 3600,
    });
    const foreign = runtime.identity.signRaw({
      sub: keeper.userId,
      email: keeper.email,
      aud: runtime.identity.clientId,
      iss: 'https://evil.example',
      token_use: 'id',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 600,
    });

    expect((await postApi(runtime, '/user', {})).status).toBe(401);
    for (const idToken of [expired, foreign, 'not-a-jwt']) {
      expect((await postApi(runtime, '/user', {}, { ...keeper, idToken })).status).toBe(401);
    }
  });

  it('answers 404 for a path that is not an endpoint', async () => {
    expect((await postApi(runtime, '/user/nope', {}, keeper)).status).toBe(404);
  });

  it('turns an unexpected failure into a 500 with a support reference, stored in app-error, with no stack', async () => {
    const dynamo = new DynamoDBClient({ endpoint: runtime.dynamoEndpoint, region: 'eu-central-1' });
    await dynamo.send(new DeleteTableCommand({ TableName: `${runtime.env}-user` }));

    const sut = await postApi(runtime, '/user', {}, keeper);

    expect(sut.status).toBe(500);
    expect(sut.body.referenceId).toMatch(/^RAM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(JSON.stringify(sut.body)).not.toMatch(/at .*\.(ts|js):\d+|ResourceNotFound/);
    const { Item } = await dynamo.send(
      new GetItemCommand({ TableName: `${runtime.env}-app-error`, Key: { reference_id: { S: String(sut.body.referenceId) } } }),
    );
    expect(unmarshall(Item!)).toMatchObject({
      operation: 'user-get-user-profile',
      user_id: keeper.userId,
      error_name: 'ResourceNotFoundException',
    });
    expect(unmarshall(Item!).stack).toContain('ResourceNotFoundException');
    expect(unmarshall(Item!).api_request_id).toEqual(expect.any(String));
    expect(unmarshall(Item!).lambda_request_id).toEqual(expect.any(String));
    dynamo.destroy();
  });
});
