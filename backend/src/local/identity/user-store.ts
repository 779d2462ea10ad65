import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface IdentityUser {
  readonly sub: string;
  readonly email: string;
  readonly plan: string;
  readonly salt: string;
  readonly hash: string;
  readonly createdAt: string;
  /** A new address waiting for its code (the account keeps `email` until then). */
  readonly pendingEmail?: PendingEmail;
  /** A password reset waiting for its mailed code. */
  readonly pendingReset?: PendingReset;
}

export interface PendingReset {
  readonly codeHash: string;
  readonly expiresAt: number;
}

export interface PendingEmail {
  readonly email: string;
  readonly codeHash: string;
  readonly expiresAt: number;
}

interface StoreShape {
  users: Record<string, IdentityUser>;
  refreshTokens: Record<string, { sub: string; expiresAt: number }>;
}

const hashPassword = (password: string, salt: string): string => scryptSync(password, salt, 32).toString('hex');

const STAND_IN = (() => {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: hashPassword(randomBytes(16).toString('hex'), salt) };
})();

/** Users of the local identity provider, with scrypt password hashes; a JSON file when persistent. */
export class IdentityUserStore {
  private readonly data: StoreShape;

  constructor(private readonly file?: string) {
    this.data = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoreShape) : { users: {}, refreshTokens: {} };
  }

  byEmail(email: string): IdentityUser | undefined {
    return this.data.users[email.toLowerCase()];
  }

  create(email: string, password: string, plan: string, now: Date): IdentityUser {
    const salt = randomBytes(16).toString('hex');
    const user: IdentityUser = {
      sub: randomUUID(),
      email: email.toLowerCase(),
      plan,
      salt,
      hash: hashPassword(password, salt),
      createdAt: now.toISOString(),
    };
    this.data.users[user.email] = user;
    this.persist();
    return user;
  }

  remove(email: string): void {
    delete this.data.users[email.toLowerCase()];
    this.persist();
  }

  /** Removes an account by subject with its refresh tokens (account deletion). */
  removeBySub(sub: string): void {
    for (const [email, user] of Object.entries(this.data.users)) if (user.sub === sub) delete this.data.users[email];
    for (const [token, entry] of Object.entries(this.data.refreshTokens)) if (entry.sub === sub) delete this.data.refreshTokens[token];
    this.persist();
  }

  /**
   * The user whose password this is, or undefined. An unknown email runs the same scrypt against a
   * stand-in hash, so the time taken does not tell which emails have accounts.
   */
  verifyPassword(email: string, password: string): IdentityUser | undefined {
    const user = email ? this.byEmail(email) : undefined;
    const { salt, hash } = user ?? STAND_IN;
    const matches = timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(hashPassword(password, salt), 'hex'));
    return user && matches ? user : undefined;
  }

  bySub(sub: string): IdentityUser | undefined {
    return Object.values(this.data.users).find((u) => u.sub === sub);
  }

  setPassword(sub: string, password: string): void {
    const salt = randomBytes(16).toString('hex');
    this.update(sub, (user) => ({ ...user, salt, hash: hashPassword(password, salt) }));
  }

  /** Keeps the hash of a reset code until it is used, replaced or expired. */
  setPendingReset(sub: string, pending: PendingReset | undefined): void {
    this.update(sub, ({ pendingReset: _replaced, ...user }) => (pending ? { ...user, pendingReset: pending } : user));
  }

  /** Signs the account out everywhere: its refresh tokens stop working (after a password reset). */
  revokeRefreshTokens(sub: string): void {
    for (const [token, entry] of Object.entries(this.data.refreshTokens)) if (entry.sub === sub) delete this.data.refreshTokens[token];
    this.persist();
  }

  /** Keeps a new address with the hash of its code until it is verified or replaced. */
  setPendingEmail(sub: string, pending: PendingEmail | undefined): void {
    this.update(sub, ({ pendingEmail: _replaced, ...user }) => (pending ? { ...user, pendingEmail: pending } : user));
  }

  /** Moves the account to its verified new address; its sub, password and refresh tokens stay. */
  moveToEmail(sub: string, email: string): void {
    const user = this.bySub(sub);
    if (!user) return;
    const { pendingEmail: _done, ...rest } = user;
    delete this.data.users[user.email];
    this.data.users[email.toLowerCase()] = { ...rest, email: email.toLowerCase() };
    this.persist();
  }

  issueRefreshToken(sub: string, now: Date, ttlDays = 30): string {
    const token = randomBytes(32).toString('base64url');
    this.data.refreshTokens[token] = { sub, expiresAt: now.getTime() + ttlDays * 86_400_000 };
    this.persist();
    return token;
  }

  userForRefreshToken(token: string, now: Date): IdentityUser | undefined {
    const entry = this.data.refreshTokens[token];
    if (!entry || entry.expiresAt < now.getTime()) return undefined;
    return this.bySub(entry.sub);
  }

  private update(sub: string, change: (user: IdentityUser) => IdentityUser): void {
    const user = this.bySub(sub);
    if (!user) return;
    this.data.users[user.email] = change(user);
    this.persist();
  }

  private persist(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.data), { mode: 0o600 });
    renameSync(`${this.file}.tmp`, this.file);
  }
}
