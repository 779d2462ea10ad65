import { CognitoJwtVerifier, JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { ConfigurationError, runtimeConfig } from '../config';

export type VerifiedClaims = Record<string, unknown> & { sub: string; email?: string };

interface IdTokenVerifier {
  verify(token: string): Promise<VerifiedClaims>;
}

/** Fetches the local issuer's JWKS over plain HTTP on loopback (aws-jwt-verify's own fetcher is HTTPS only). */
const loopbackFetcher = {
  async fetch(uri: string): Promise<ArrayBuffer> {
    const response = await fetch(uri);
    if (!response.ok) throw new Error(`JWKS fetch failed with ${response.status}`);
    return response.arrayBuffer();
  },
};

let verifier: IdTokenVerifier | undefined;

function createVerifier(): IdTokenVerifier {
  const { identity } = runtimeConfig();
  if (!identity)
    throw new ConfigurationError(
      'This function has no identity settings (COGNITO_USER_POOL_ID and IDENTITY_CLIENT_ID) to verify tokens with',
    );
  if (identity.kind === 'cognito') {
    const cognito = CognitoJwtVerifier.create({ userPoolId: identity.userPoolId, tokenUse: 'id', clientId: identity.clientId });
    return { verify: async (token) => (await cognito.verify(token)) as unknown as VerifiedClaims };
  }
  // Cognito's verifier rejects non-Cognito pool ids, so the local issuer is checked the same way
  // (signature via JWKS, issuer, audience = client id, expiry) by the generic RSA verifier.
  const rsa = JwtRsaVerifier.create(
    {
      issuer: identity.issuer,
      audience: identity.clientId,
      jwksUri: identity.jwksUri,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'id') throw new Error('Not an ID token');
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: loopbackFetcher }) },
  );
  return { verify: async (token) => (await rsa.verify(token)) as unknown as VerifiedClaims };
}

/**
 * Verifies an ID token exactly as API Gateway's Cognito authorizer would and returns its claims.
 * Throws on a bad signature, wrong issuer or audience, or an expired token.
 */
export function verifyIdToken(token: string): Promise<VerifiedClaims> {
  return cache.verify(token.replace(/^Bearer\s+/i, '').trim());
}

export function resetTokenVerifier(): void {
  verifier = undefined;
  cache.clear();
}

export const VERIFIED_TOKEN_TTL_MS = 300_000;
const MAX_VERIFIED_TOKENS = 1000;

/**
 * Verified tokens, as API Gateway's authorizer caches them: the same token is not checked again for
 * five minutes, and never past its own expiry. A deleted account is refused by its tombstone, which
 * is read apart from this, so the cache never lets one through. At most 1,000 tokens, oldest out first.
 */
export function verifiedTokenCache(verify: (token: string) => Promise<VerifiedClaims>, clock: () => number = Date.now) {
  const verified = new Map<string, { claims: VerifiedClaims; until: number }>();
  return {
    async verify(token: string): Promise<VerifiedClaims> {
      const now = clock();
      const hit = verified.get(token);
      if (hit && hit.until > now) return hit.claims;
      verified.delete(token);
      const claims = await verify(token);
      const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : now;
      if (verified.size >= MAX_VERIFIED_TOKENS) verified.delete(verified.keys().next().value as string);
      verified.set(token, { claims, until: Math.min(expiresAt, clock() + VERIFIED_TOKEN_TTL_MS) });
      return claims;
    },
    clear: () => verified.clear(),
  };
}

const cache = verifiedTokenCache((token) => {
  verifier ??= createVerifier();
  return verifier.verify(token);
});

/** Claims as API Gateway hands them to a Lambda: every value a string. */
export function claimsAsStrings(claims: VerifiedClaims): Record<string, string> {
  return Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}
