import { REQUEST_LIMITS, checkApiRequest } from './request-policy';

const JSON_TYPE = { 'content-type': 'application/json' };
const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

describe('the request policy', () => {
  it.each([
    ['application/json', '{"tankId":"t1"}'],
    ['application/json; charset=utf-8', '{"tankId":"t1"}'],
    ['Application/JSON; charset="UTF-8"', '{"tankId":"t1"}'],
  ])('accepts %s', (type, body) => {
    expect(checkApiRequest({ 'Content-Type': type }, body)).toEqual({ ok: true, body: { tankId: 't1' } });
  });

  it('reads an empty body as an empty object whatever its type', () => {
    expect(checkApiRequest({}, '')).toEqual({ ok: true, body: {} });
    expect(checkApiRequest({ 'content-type': 'text/plain' }, null)).toEqual({ ok: true, body: {} });
  });

  it.each([
    [{ 'content-type': 'text/plain' }, 'Content-Type text/plain'],
    [{ 'content-type': 'application/x-www-form-urlencoded' }, 'Content-Type application/x-www-form-urlencoded'],
    [{}, 'application/json'],
    [{ 'content-type': 'application/json; charset=iso-8859-1' }, 'charset iso-8859-1'],
    [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'Content-Encoding gzip'],
  ])('answers 415 for %j', (headers, message) => {
    const sut = checkApiRequest(headers, '{}');
    expect(sut).toMatchObject({ ok: false, refusal: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' } });
    expect(!sut.ok && sut.refusal.message).toContain(message);
  });

  it('answers 415 for a compressed empty body too', () => {
    expect(checkApiRequest({ 'content-encoding': 'br' }, '')).toMatchObject({ ok: false, refusal: { status: 415 } });
  });

  it('answers 413 above the body limit, counting bytes not characters', () => {
    const justUnder = `{"a":"${'x'.repeat(REQUEST_LIMITS.maxBodyBytes - 10)}"}`;
    const multibyte = `{"a":"${'é'.repeat(REQUEST_LIMITS.maxBodyBytes / 2)}"}`;
    expect(checkApiRequest(JSON_TYPE, justUnder).ok).toBe(true);
    expect(checkApiRequest(JSON_TYPE, multibyte)).toMatchObject({ ok: false, refusal: { status: 413, code: 'PAYLOAD_TOO_LARGE' } });
  });

  it.each([
    ['{"a":', 'not valid JSON'],
    ['[]', 'must be a JSON object'],
    ['"text"', 'must be a JSON object'],
    ['null', 'must be a JSON object'],
    [`{"a":${nested(10)}}`, 'a.0.0.0.0.0.0.0.0.0 is nested more than 10 levels deep'],
    [
      `{"a":[${Array(REQUEST_LIMITS.maxArrayLength + 1)
        .fill(1)
        .join(',')}]}`,
      'a holds more than 500 entries',
    ],
    ['{"__proto__":{"admin":true}}', 'property __proto__ should not exist'],
    ['{"tanks":[{"constructor":{"prototype":1}}]}', 'property tanks.0.constructor should not exist'],
    ['{"a":{"prototype":1}}', 'property a.prototype should not exist'],
  ])('answers 400 for %s', (body, message) => {
    const sut = checkApiRequest(JSON_TYPE, body);
    expect(sut).toMatchObject({ ok: false, refusal: { status: 400, code: 'INVALID_REQUEST', message: expect.stringContaining(message) } });
  });

  it('names the field of a shape refusal', () => {
    expect(checkApiRequest(JSON_TYPE, '{"tanks":[{"__proto__":1}]}')).toMatchObject({ ok: false, refusal: { field: 'tanks.0.__proto__' } });
  });

  it('accepts nesting up to the limit and lists up to the limit', () => {
    expect(checkApiRequest(JSON_TYPE, `{"a":${nested(9)}}`).ok).toBe(true);
    expect(checkApiRequest(JSON_TYPE, `{"a":[${Array(REQUEST_LIMITS.maxArrayLength).fill(1).join(',')}]}`).ok).toBe(true);
  });

  it('survives a body nested far beyond any limit', () => {
    expect(checkApiRequest(JSON_TYPE, `{"a":${nested(100_000)}}`)).toMatchObject({ ok: false, refusal: { status: 400 } });
  });
});
