import { VERIFIED_TOKEN_TTL_MS, type VerifiedClaims, verifiedTokenCache } from './token-verifier';

describe('verifiedTokenCache', () => {
  let now: number;
  const claims = (expSeconds: number): VerifiedClaims => ({ sub: 'keeper-1', exp: expSeconds });

  beforeEach(() => {
    now = Date.UTC(2026, 11, 2, 7, 0, 0);
  });

  it('checks a token once, then answers from memory for five minutes', async () => {
    const verify = jest.fn(async () => claims(now / 1000 + 3600));
    const sut = verifiedTokenCache(verify, () => now);

    await sut.verify('token-a');
    now += VERIFIED_TOKEN_TTL_MS - 1;
    await sut.verify('token-a');
    expect(verify).toHaveBeenCalledTimes(1);
    now += 1;
    await sut.verify('token-a');
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('never answers from memory past the token’s own expiry', async () => {
    const exp = now / 1000 + 60;
    const verify = jest.fn(async () => {
      if (now >= exp * 1000) throw new Error('Token expired');
      return claims(exp);
    });
    const sut = verifiedTokenCache(verify, () => now);

    await sut.verify('token-b');
    now += 60_000;
    await expect(sut.verify('token-b')).rejects.toThrow('Token expired');
  });

  it('remembers nothing of a token that failed, and keeps tokens apart', async () => {
    const verify = jest.fn(async (token: string) => {
      if (token === 'forged') throw new Error('Invalid signature');
      return { sub: token, exp: now / 1000 + 3600 };
    });
    const sut = verifiedTokenCache(verify, () => now);

    await expect(sut.verify('forged')).rejects.toThrow('Invalid signature');
    await expect(sut.verify('forged')).rejects.toThrow('Invalid signature');
    await expect(sut.verify('keeper-2')).resolves.toMatchObject({ sub: 'keeper-2' });
    expect(verify).toHaveBeenCalledTimes(3);
  });

  it('forgets everything on clear (keys rotated, runtime restarted)', async () => {
    const verify = jest.fn(async () => claims(now / 1000 + 3600));
    const sut = verifiedTokenCache(verify, () => now);
    await sut.verify('token-c');
    sut.clear();
    await sut.verify('token-c');
    expect(verify).toHaveBeenCalledTimes(2);
  });
});
