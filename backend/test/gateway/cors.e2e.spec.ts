import type { APIGatewayProxyResult } from 'aws-lambda';
import { lambdaContext } from '../../src/local/events/lambda-context';
import { apiGatewayProxyEvent } from '../../src/local/events/api-gateway-event';
import type { LocalRuntime } from '../../src/local/runtime';
import { AccountApiModule } from '../../src/functions/account-api';
import { lambdalith } from '../../src/shared/http/lambdalith';
import { type SignedInUser, signUpAndIn, startTestRuntime } from '../support/test-runtime';

const APP = 'https://www.reefamatic.test';
const CLOUDFRONT = 'https://d111111abcdef8.cloudfront.net';

/** The account lambdalith invoked in-process, the way Lambda calls it behind API Gateway. */
describe('CORS from a lambdalith (account-api in-process, ALLOWED_ORIGINS from infra)', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;
  let sut: ReturnType<typeof lambdalith>;
  const previous = process.env.ALLOWED_ORIGINS;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime);
    process.env.ALLOWED_ORIGINS = `${APP}, ${CLOUDFRONT}/`;
    sut = lambdalith(AccountApiModule);
  });
  afterAll(async () => {
    process.env.ALLOWED_ORIGINS = previous;
    await runtime.stop();
  });

  function call(origin: string | undefined, claims?: Record<string, string>): Promise<APIGatewayProxyResult> {
    const event = apiGatewayProxyEvent({
      method: 'POST',
      path: '/user',
      headers: { 'content-type': 'application/json', ...(origin ? { Origin: origin } : {}) },
      query: {},
      body: '{}',
      sourceIp: '203.0.113.9',
      claims,
      stage: runtime.env,
    });
    return sut(event, lambdaContext('account-api', runtime.env));
  }

  const claimsOf = (user: SignedInUser) => ({ sub: user.userId, email: user.email, 'cognito:username': user.userId });
  const header = (result: APIGatewayProxyResult, name: string) => result.multiValueHeaders?.[name]?.map(String);

  it('answers an allowed origin with its own origin and Vary: Origin', async () => {
    const result = await call(APP, claimsOf(keeper));

    expect(result.statusCode).toBe(200);
    expect(header(result, 'access-control-allow-origin')).toEqual([APP]);
    expect(header(result, 'vary')?.join(',')).toMatch(/Origin/);
  });

  it('answers the CloudFront domain too when it is listed (no certificate configured)', async () => {
    const result = await call(CLOUDFRONT, claimsOf(keeper));

    expect(header(result, 'access-control-allow-origin')).toEqual([CLOUDFRONT]);
  });

  it('gives another origin no CORS header, so the browser refuses the answer', async () => {
    const result = await call('https://evil.example', claimsOf(keeper));

    expect(result.statusCode).toBe(200);
    expect(header(result, 'access-control-allow-origin')).toBeUndefined();
    expect(header(result, 'vary')?.join(',')).toMatch(/Origin/);
  });

  it('puts the header on error answers as well (401 without claims)', async () => {
    const result = await call(APP);

    expect(result.statusCode).toBe(401);
    expect(header(result, 'access-control-allow-origin')).toEqual([APP]);
  });
});
