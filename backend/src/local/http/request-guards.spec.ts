import type { IncomingMessage } from 'node:http';
import { operatorRefusal, sameOriginJsonRefusal } from './request-guards';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const APP = ['http://localhost:3000', 'http://127.0.0.1:3000'];

describe('the same-origin JSON rule for local pages a keeper’s browser uses', () => {
  it.each([
    [{ 'content-type': 'application/json' }],
    [{ 'content-type': 'application/json; charset=utf-8', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }],
  ])('lets %j through', (headers) => {
    expect(sameOriginJsonRefusal(request(headers), APP)).toBeUndefined();
  });

  it.each([
    [{ 'content-type': 'text/plain' }, 415],
    [{ 'content-type': 'application/x-www-form-urlencoded' }, 415],
    [{}, 415],
    [{ 'content-type': 'application/json', origin: 'https://evil.example' }, 403],
    [{ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, 403],
    [{ 'content-type': 'application/json', 'sec-fetch-site': 'same-site' }, 403],
  ])('refuses %j with %i', (headers, status) => {
    expect(sameOriginJsonRefusal(request(headers), APP)?.status).toBe(status);
  });
});

describe('the operator rule', () => {
  it('lets an SDK or CLI request through, with the token where one is asked for', () => {
    expect(operatorRefusal(request({}))).toBeUndefined();
    expect(operatorRefusal(request({ authorization: 'Bearer s3cret' }), 's3cret')).toBeUndefined();
  });

  it.each([
    [{ origin: 'http://localhost:3000' }, undefined, 403],
    [{ 'sec-fetch-site': 'same-origin' }, undefined, 403],
    [{}, 's3cret', 401],
    [{ authorization: 'Bearer s3cre' }, 's3cret', 401],
    [{ authorization: 's3cret' }, 's3cret', 401],
  ])('refuses %j (token %s) with %i', (headers, token, status) => {
    expect(operatorRefusal(request(headers), token)?.status).toBe(status);
  });
});
