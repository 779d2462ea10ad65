import { TestBed } from '@angular/core/testing';
import { FakeIdentityClient } from '../../../testing/fake-identity-client';
import { sessionFactory } from '../../../testing/factories';
import { AuthSession, REFRESH_MARGIN_MS, REFRESH_RETRY_MS } from './auth-session';
import { IDENTITY_CLIENT, IdentityError } from './identity-client';
import { TokenStore } from './token-store';

const NOW = Date.parse('2026-03-01T10:00:00Z');

describe('AuthSession', () => {
  let identity: FakeIdentityClient;
  let store: TokenStore;

  function createSut(): AuthSession {
    return TestBed.inject(AuthSession);
  }

  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
    localStorage.clear();
    identity = new FakeIdentityClient();
    TestBed.configureTestingModule({
      providers: [{ provide: IDENTITY_CLIENT, useValue: identity }],
    });
    store = TestBed.inject(TokenStore);
  });

  afterEach(() => vi.useRealTimers());

  it('stores the tokens with their expiry time after signing in', async () => {
    const sut = createSut();

    await sut.signIn('keeper@example.com', 'correct-horse-1');

    expect(sut.isSignedIn()).toBe(true);
    expect(sut.email()).toBe('keeper@example.com');
    expect(store.read()).toEqual({
      idToken: 'id-1',
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      email: 'keeper@example.com',
      expiresAt: NOW + 3600_000,
    });
  });

  it('signs straight in after signing up with the chosen plan', async () => {
    const sut = createSut();

    await sut.signUp({ email: 'new@example.com', password: 'correct-horse-1', plan: 'TRIAL' });

    expect(identity.signUp).toHaveBeenCalledWith({
      email: 'new@example.com',
      password: 'correct-horse-1',
      plan: 'TRIAL',
    });
    expect(identity.signIn).toHaveBeenCalledWith('new@example.com', 'correct-horse-1');
    expect(sut.isSignedIn()).toBe(true);
  });

  it('waits for the emailed code when the provider did not confirm the account, then signs in with it', async () => {
    identity.signUp.mockResolvedValue({ userSub: 'sub-1', confirmed: false });
    const sut = createSut();

    expect(
      await sut.signUp({ email: 'new@example.com', password: 'correct-horse-1', plan: 'BASIC' }),
    ).toBe('CONFIRMATION_NEEDED');
    expect(identity.signIn).not.toHaveBeenCalled();
    expect(sut.isSignedIn()).toBe(false);

    expect(await sut.confirmSignUp('New@example.com', '123456')).toBe(true);
    expect(identity.confirmSignUp).toHaveBeenCalledWith('New@example.com', '123456');
    expect(identity.signIn).toHaveBeenCalledWith('new@example.com', 'correct-horse-1');
    expect(sut.isSignedIn()).toBe(true);
  });

  it('confirms without signing in when this tab does not know the password (a later visit)', async () => {
    const sut = createSut();

    expect(await sut.confirmSignUp('keeper@example.com', '123456')).toBe(false);
    expect(identity.signIn).not.toHaveBeenCalled();
  });

  it('signs in with the new password after resetting it with the emailed code', async () => {
    const sut = createSut();

    await sut.resetPassword('keeper@example.com', '654321', 'New-password-2');

    expect(identity.resetPassword).toHaveBeenCalledWith(
      'keeper@example.com',
      '654321',
      'New-password-2',
    );
    expect(identity.signIn).toHaveBeenCalledWith('keeper@example.com', 'New-password-2');
    expect(sut.isSignedIn()).toBe(true);
  });

  it('revokes the refresh token on sign-out, and signs out even when the revocation fails', async () => {
    identity.revoke.mockRejectedValue(new IdentityError('offline', 'NETWORK'));
    const sut = createSut();
    await sut.signIn('keeper@example.com', 'correct-horse-1');

    sut.signOut();
    await Promise.resolve();

    expect(identity.revoke).toHaveBeenCalledWith('refresh-1');
    expect(sut.isSignedIn()).toBe(false);
    expect(store.read()).toBeNull();
  });

  it('refreshes the tokens a minute before they expire, keeping the refresh token', async () => {
    const sut = createSut();
    await sut.signIn('keeper@example.com', 'correct-horse-1');

    await vi.advanceTimersByTimeAsync(3600_000 - REFRESH_MARGIN_MS - 1);
    expect(identity.refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(identity.refresh).toHaveBeenCalledWith('refresh-1');
    expect(await sut.currentIdToken()).toBe('id-2');
    expect(store.read()?.refreshToken).toBe('refresh-1');
  });

  it('signs out when the provider refuses the refresh token', async () => {
    identity.refresh.mockRejectedValue(
      new IdentityError('Refresh token is invalid or expired', 'NotAuthorizedException'),
    );
    const sut = createSut();
    await sut.signIn('keeper@example.com', 'correct-horse-1');

    await vi.advanceTimersByTimeAsync(3600_000);

    expect(sut.isSignedIn()).toBe(false);
    expect(store.read()).toBeNull();
  });

  it('stays signed in and retries later when the provider cannot be reached', async () => {
    identity.refresh.mockRejectedValueOnce(new IdentityError('offline', 'NETWORK'));
    const sut = createSut();
    await sut.signIn('keeper@example.com', 'correct-horse-1');

    await vi.advanceTimersByTimeAsync(3600_000 - REFRESH_MARGIN_MS);
    expect(sut.isSignedIn()).toBe(true);
    await vi.advanceTimersByTimeAsync(REFRESH_RETRY_MS);

    expect(identity.refresh).toHaveBeenCalledTimes(2);
    expect(await sut.currentIdToken()).toBe('id-2');
  });

  it('resumes a stored session that is still valid without calling the provider', async () => {
    store.write(sessionFactory({ expiresAt: NOW + 30 * 60_000 }));
    const sut = createSut();

    await sut.restore();

    expect(sut.isSignedIn()).toBe(true);
    expect(await sut.currentIdToken()).toBe('id-token-1');
    expect(identity.refresh).not.toHaveBeenCalled();
  });

  it('refreshes a stored session that expired while the tab was closed', async () => {
    store.write(sessionFactory({ expiresAt: NOW - 1 }));
    const sut = createSut();

    await sut.restore();

    expect(identity.refresh).toHaveBeenCalledTimes(1);
    expect(await sut.currentIdToken()).toBe('id-2');
  });

  it('shares one refresh between calls that need a token at the same moment', async () => {
    store.write(sessionFactory({ expiresAt: NOW + 1000 }));
    const sut = createSut();
    await sut.restore();

    const tokens = await Promise.all([sut.currentIdToken(), sut.currentIdToken()]);

    expect(tokens).toEqual(['id-2', 'id-2']);
    expect(identity.refresh).toHaveBeenCalledTimes(1);
  });

  it('forgets the tokens on sign-out and ignores a refresh that answers afterwards', async () => {
    let answer: (tokens: {
      idToken: string;
      accessToken: string;
      expiresIn: number;
    }) => void = () => undefined;
    identity.refresh.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    store.write(sessionFactory({ expiresAt: NOW }));
    const sut = createSut();
    const restoring = sut.restore();

    sut.signOut();
    answer({ idToken: 'late', accessToken: 'late', expiresIn: 3600 });
    await restoring;

    expect(sut.isSignedIn()).toBe(false);
    expect(await sut.currentIdToken()).toBeNull();
    expect(store.read()).toBeNull();
  });

  it('changes the password with the current access token and stays signed in', async () => {
    const sut = createSut();
    await sut.signIn('keeper@example.com', 'correct-horse-1');

    await sut.changePassword('correct-horse-1', 'better-horse-2');

    expect(identity.changePassword).toHaveBeenCalledWith(
      'access-1',
      'correct-horse-1',
      'better-horse-2',
    );
    expect(sut.isSignedIn()).toBe(true);
  });

  it('takes fresh tokens first when the access token is about to expire', async () => {
    const sut = createSut();
    await sut.signIn('keeper@example.com', 'correct-horse-1');
    vi.setSystemTime(NOW + 3600_000 - REFRESH_MARGIN_MS + 1);

    await sut.startEmailChange('new@example.com');

    expect(identity.refresh).toHaveBeenCalledWith('refresh-1');
    expect(identity.startEmailChange).toHaveBeenCalledWith('access-2', 'new@example.com');
  });

  it('follows a verified email change with new tokens and the new address', async () => {
    const sut = createSut();
    await sut.signIn('keeper@example.com', 'correct-horse-1');

    await sut.confirmEmailChange(' New@Example.com ', '123456');

    expect(identity.confirmEmailChange).toHaveBeenCalledWith('access-1', '123456');
    expect(identity.refresh).toHaveBeenCalledWith('refresh-1');
    expect(sut.email()).toBe('new@example.com');
    expect(store.read()?.idToken).toBe('id-2');
  });

  it('refuses account changes when signed out', async () => {
    const sut = createSut();
    await expect(sut.changePassword('a', 'b')).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
    expect(identity.changePassword).not.toHaveBeenCalled();
  });
});
