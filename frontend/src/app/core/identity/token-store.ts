import { Injectable } from '@angular/core';

/** The tokens of a signed-in keeper as kept between visits; `expiresAt` is epoch milliseconds. */
export interface StoredSession {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: number;
  readonly email: string;
}

export const SESSION_STORAGE_KEY = 'ram.session';

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['idToken', 'accessToken', 'refreshToken', 'email'].every(
      (field) => typeof v[field] === 'string',
    ) && typeof v['expiresAt'] === 'number'
  );
}

/** Keeps the session in localStorage so a reload does not sign the keeper out. */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  read(): StoredSession | null {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null');
      return isStoredSession(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  write(session: StoredSession): void {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  }

  clear(): void {
    localStorage.removeItem(SESSION_STORAGE_KEY);
  }
}
