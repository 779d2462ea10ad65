import type { APIGatewayProxyResult } from 'aws-lambda';
import { parseAllowedOrigins, withCors } from './cors';

const allowed = parseAllowedOrigins('https://www.reefamatic.com, https://d1.cloudfront.net/ ,');
const from = (origin?: string) => ({ headers: origin ? { origin } : {} });
const answer = (extra: Partial<APIGatewayProxyResult> = {}): APIGatewayProxyResult => ({ statusCode: 200, body: '{}', ...extra });

describe('parseAllowedOrigins', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['https://a.example', ['https://a.example']],
    [' https://a.example/ ,https://b.example,, ', ['https://a.example', 'https://b.example']],
  ])('reads %p as %p', (raw, expected) => {
    expect([...parseAllowedOrigins(raw)]).toEqual(expected);
  });
});

describe('withCors', () => {
  it('echoes an allowed origin in the header map the answer already uses', () => {
    const sut = withCors(
      answer({ multiValueHeaders: { 'content-type': ['application/json'] } }),
      from('https://d1.cloudfront.net'),
      allowed,
    );

    expect(sut.multiValueHeaders).toEqual({
      'content-type': ['application/json'],
      vary: ['Origin'],
      'access-control-allow-origin': ['https://d1.cloudfront.net'],
    });
    expect(sut.headers).toBeUndefined();
  });

  it('reads the Origin header whatever its case, and keeps the fields Vary already names', () => {
    const sut = withCors(answer({ headers: { Vary: 'Accept-Encoding' } }), { headers: { ORIGIN: 'https://www.reefamatic.com' } }, allowed);

    expect(sut.headers).toEqual({ vary: 'Accept-Encoding, Origin', 'access-control-allow-origin': 'https://www.reefamatic.com' });
  });

  it.each([['https://evil.example'], ['https://www.reefamatic.com.evil.example'], ['null'], [undefined]])(
    'adds no Allow-Origin for %p, only Vary',
    (origin) => {
      expect(withCors(answer({ headers: {} }), from(origin), allowed).headers).toEqual({ vary: 'Origin' });
    },
  );

  it('replaces an Allow-Origin the app set itself, and leaves answers alone when no origin is configured', () => {
    const wildcard = answer({ headers: { 'Access-Control-Allow-Origin': '*' } });

    expect(withCors(wildcard, from('https://evil.example'), allowed).headers).toEqual({ vary: 'Origin' });
    expect(withCors(wildcard, from('https://www.reefamatic.com'), new Set())).toBe(wildcard);
  });
});
