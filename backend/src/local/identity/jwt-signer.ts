import { type KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export interface Jwks {
  keys: Record<string, unknown>[];
}

/**
 * RS256 signing key of the local identity provider. Kept on disk (when a path is given) so tokens
 * stay valid across restarts of `npm start`.
 */
export class JwtSigner {
  private constructor(
    private readonly privateKey: KeyObject,
    readonly kid: string,
  ) {}

  static load(keyFile?: string): JwtSigner {
    if (keyFile && existsSync(keyFile)) {
      const saved = JSON.parse(readFileSync(keyFile, 'utf8')) as { kid: string; pem: string };
      return new JwtSigner(createPrivateKey(saved.pem), saved.kid);
    }
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signer = new JwtSigner(privateKey, randomUUID());
    if (keyFile) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify({ kid: signer.kid, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) }), {
        mode: 0o600,
      });
    }
    return signer;
  }

  sign(payload: Record<string, unknown>): string {
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const body = b64url(JSON.stringify(payload));
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), this.privateKey);
    return `${header}.${body}.${b64url(signature)}`;
  }

  /** The claims of a token this key signed that has not expired at `now`, else undefined. */
  verify(token: string, now: Date): Record<string, unknown> | undefined {
    const [header, body, signature] = token.split('.');
    if (!header || !body || !signature) return undefined;
    const signed = verify(
      'RSA-SHA256',
      Buffer.from(`${header}.${body}`),
      createPublicKey(this.privateKey),
      Buffer.from(signature, 'base64url'),
    );
    if (!signed) return undefined;
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    return typeof claims.exp === 'number' && claims.exp * 1000 > now.getTime() ? claims : undefined;
  }

  jwks(): Jwks {
    const jwk = createPublicKey(this.privateKey).export({ format: 'jwk' });
    return { keys: [{ ...jwk, kid: this.kid, alg: 'RS256', use: 'sig' }] };
  }
}
