import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxMailSender, readOutbox } from '../../shared/mail/mail-sender';
import type { FunctionHost } from '../function-host';
import { IdentityError, LocalIdentityProvider } from './local-identity';

// The sign-up triggers write DynamoDB rows; these tests are about the identity store alone.
const noTriggers = { has: () => false } as unknown as FunctionHost;
const PASSWORD = 'Reef-keeper-2026';

describe('LocalIdentityProvider account changes', () => {
  let folder: string;
  let now: Date;
  let sut: LocalIdentityProvider;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'ram-identity-'));
    now = new Date('2026-12-01T10:00:00Z');
    sut = new LocalIdentityProvider(
      'http://127.0.0.1/auth',
      noTriggers,
      'local_test',
      { usersFile: join(folder, 'users.json') },
      () => now,
      new OutboxMailSender(join(folder, 'outbox')),
    );
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  async function signedIn(email = 'keeper@example.com') {
    await sut.signUp({ email, password: PASSWORD, plan: 'TRIAL' });
    return sut.signIn({ email, password: PASSWORD });
  }

  const refusal = (run: () => unknown): IdentityError => {
    try {
      run();
    } catch (error) {
      return error as IdentityError;
    }
    throw new Error('expected a refusal');
  };

  const codeIn = (mailTo: string): string => {
    const mail = readOutbox(join(folder, 'outbox')).find((m) => m.to === mailTo);
    return /\b(\d{6})\b/.exec(mail?.subject ?? '')?.[1] ?? '';
  };

  it('changes the password when the current one is right: the new one signs in, the old one no longer', async () => {
    const { accessToken } = await signedIn();
    sut.changePassword({ accessToken, previousPassword: PASSWORD, proposedPassword: 'Calcium-420-ok' });
    expect(sut.signIn({ email: 'keeper@example.com', password: 'Calcium-420-ok' }).idToken).toBeTruthy();
    expect(refusal(() => sut.signIn({ email: 'keeper@example.com', password: PASSWORD })).code).toBe('NotAuthorizedException');
  });

  it('refuses a wrong current password and a weak new one with their own messages', async () => {
    const { accessToken } = await signedIn();
    const wrong = refusal(() => sut.changePassword({ accessToken, previousPassword: 'not-it-123', proposedPassword: 'Calcium-420-ok' }));
    expect([wrong.status, wrong.code, wrong.message]).toEqual([400, 'NotAuthorizedException', 'The current password is not right']);
    const weak = refusal(() => sut.changePassword({ accessToken, previousPassword: PASSWORD, proposedPassword: 'short' }));
    expect([weak.status, weak.code]).toEqual([400, 'InvalidPasswordException']);
    expect(weak.message).toBe('The new password must be at least 8 characters with a letter and a digit');
    expect(sut.signIn({ email: 'keeper@example.com', password: PASSWORD }).idToken).toBeTruthy();
  });

  it('refuses account changes without a valid access token of its own', async () => {
    const { idToken } = await signedIn();
    const forged = sut.signRaw({ sub: 'someone', token_use: 'access', exp: now.getTime() / 1000 - 1 });
    for (const accessToken of [undefined, 'abc.def.ghi', idToken, forged]) {
      const error = refusal(() => sut.changePassword({ accessToken, previousPassword: PASSWORD, proposedPassword: 'Calcium-420-ok' }));
      expect([error.status, error.code]).toEqual([401, 'NotAuthorizedException']);
    }
  });

  it('moves the account to a new email only after the code mailed there is given', async () => {
    const { accessToken, refreshToken } = await signedIn();
    expect(await sut.changeEmail({ accessToken, email: ' New.Keeper@Example.com ' })).toEqual({ destination: 'new.keeper@example.com' });
    const code = codeIn('new.keeper@example.com');
    expect(code).toMatch(/^\d{6}$/);
    // Until verified, the old address still signs in and tokens still carry it.
    expect(sut.signIn({ email: 'keeper@example.com', password: PASSWORD }).idToken).toBeTruthy();

    expect(refusal(() => sut.verifyEmail({ accessToken, code: code === '000000' ? '111111' : '000000' })).code).toBe(
      'CodeMismatchException',
    );
    expect(sut.verifyEmail({ accessToken, code })).toEqual({ email: 'new.keeper@example.com' });

    expect(sut.signIn({ email: 'new.keeper@example.com', password: PASSWORD }).idToken).toBeTruthy();
    expect(refusal(() => sut.signIn({ email: 'keeper@example.com', password: PASSWORD })).code).toBe('NotAuthorizedException');
    const refreshed = sut.refresh({ refreshToken });
    const claims = JSON.parse(Buffer.from(refreshed.idToken.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
    expect([claims.email, claims.email_verified]).toEqual(['new.keeper@example.com', true]);
  });

  it('refuses an email another account uses, and its own, and a malformed one', async () => {
    await signedIn('taken@example.com');
    const { accessToken } = await signedIn();
    await expect(sut.changeEmail({ accessToken, email: 'TAKEN@example.com' })).rejects.toMatchObject({
      status: 409,
      code: 'AliasExistsException',
      message: 'An account with this email already exists',
    });
    await expect(sut.changeEmail({ accessToken, email: 'keeper@example.com' })).rejects.toMatchObject({ status: 400 });
    await expect(sut.changeEmail({ accessToken, email: 'not-an-email' })).rejects.toMatchObject({ code: 'InvalidParameterException' });
    expect(readOutbox(join(folder, 'outbox'))).toEqual([]);
  });

  it('drops the change after five wrong codes and when the code is a day old', async () => {
    const { accessToken } = await signedIn();
    await sut.changeEmail({ accessToken, email: 'new@example.com' });
    const code = codeIn('new@example.com');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) expect(refusal(() => sut.verifyEmail({ accessToken, code: wrong })).code).toBe('CodeMismatchException');
    expect(refusal(() => sut.verifyEmail({ accessToken, code: wrong })).code).toBe('LimitExceededException');
    expect(refusal(() => sut.verifyEmail({ accessToken, code })).message).toBe('No email change is waiting for a code');

    await sut.changeEmail({ accessToken, email: 'later@example.com' });
    now = new Date(now.getTime() + 25 * 3_600_000);
    const fresh = sut.signIn({ email: 'keeper@example.com', password: PASSWORD }).accessToken;
    expect(refusal(() => sut.verifyEmail({ accessToken: fresh, code: codeIn('later@example.com') })).code).toBe('ExpiredCodeException');
  });

  it('keeps a verified change across a restart of the runtime', async () => {
    const { accessToken } = await signedIn();
    await sut.changeEmail({ accessToken, email: 'moved@example.com' });
    sut.verifyEmail({ accessToken, code: codeIn('moved@example.com') });
    const restarted = new LocalIdentityProvider(
      'http://127.0.0.1/auth',
      noTriggers,
      'local_test',
      { usersFile: join(folder, 'users.json') },
      () => now,
    );
    expect(restarted.signIn({ email: 'moved@example.com', password: PASSWORD }).idToken).toBeTruthy();
  });

  describe('forgotten password', () => {
    const resetCode = (mailTo: string): string => {
      const mail = readOutbox(join(folder, 'outbox')).find((m) => m.to === mailTo && m.kind === 'password-reset');
      return /\b(\d{6})\b/.exec(mail?.subject ?? '')?.[1] ?? '';
    };

    it('mails a code; the code sets a new password and signs every device out', async () => {
      const { refreshToken } = await signedIn();
      expect(await sut.forgotPassword({ email: ' Keeper@Example.com ' })).toEqual({ destination: 'k***@example.com' });
      const code = resetCode('keeper@example.com');
      expect(code).toMatch(/^\d{6}$/);
      // Asking for a code changes nothing yet.
      expect(sut.signIn({ email: 'keeper@example.com', password: PASSWORD }).idToken).toBeTruthy();

      sut.confirmForgotPassword({ email: 'keeper@example.com', code, password: 'Coral-garden-77' });

      expect(sut.signIn({ email: 'keeper@example.com', password: 'Coral-garden-77' }).idToken).toBeTruthy();
      expect(refusal(() => sut.signIn({ email: 'keeper@example.com', password: PASSWORD })).code).toBe('NotAuthorizedException');
      expect(refusal(() => sut.refresh({ refreshToken })).status).toBe(400);
      // A code works once.
      expect(refusal(() => sut.confirmForgotPassword({ email: 'keeper@example.com', code, password: 'Another-pass-88' })).code).toBe(
        'CodeMismatchException',
      );
    });

    it('answers an unknown address like a known one, and mails nobody', async () => {
      expect(await sut.forgotPassword({ email: 'nobody@example.com' })).toEqual({ destination: 'n***@example.com' });
      expect(readOutbox(join(folder, 'outbox'))).toEqual([]);
      expect(
        refusal(() => sut.confirmForgotPassword({ email: 'nobody@example.com', code: '123456', password: 'Coral-garden-77' })).code,
      ).toBe('CodeMismatchException');
      await expect(sut.forgotPassword({ email: 'not-an-email' })).rejects.toMatchObject({ code: 'InvalidParameterException' });
    });

    it('refuses a weak new password, five wrong codes and an hour-old code', async () => {
      await signedIn();
      await sut.forgotPassword({ email: 'keeper@example.com' });
      const code = resetCode('keeper@example.com');
      expect(refusal(() => sut.confirmForgotPassword({ email: 'keeper@example.com', code, password: 'short' })).code).toBe(
        'InvalidPasswordException',
      );
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 4; i++)
        expect(
          refusal(() => sut.confirmForgotPassword({ email: 'keeper@example.com', code: wrong, password: 'Coral-garden-77' })).code,
        ).toBe('CodeMismatchException');
      expect(refusal(() => sut.confirmForgotPassword({ email: 'keeper@example.com', code: wrong, password: 'Coral-garden-77' })).code).toBe(
        'LimitExceededException',
      );
      expect(refusal(() => sut.confirmForgotPassword({ email: 'keeper@example.com', code, password: 'Coral-garden-77' })).code).toBe(
        'CodeMismatchException',
      );

      await sut.forgotPassword({ email: 'keeper@example.com' });
      const later = readOutbox(join(folder, 'outbox'))
        .filter((m) => m.kind === 'password-reset')
        .at(-1)!;
      now = new Date(now.getTime() + 61 * 60_000);
      const laterCode = /\b(\d{6})\b/.exec(later.subject)![1];
      expect(
        refusal(() => sut.confirmForgotPassword({ email: 'keeper@example.com', code: laterCode, password: 'Coral-garden-77' })).code,
      ).toBe('ExpiredCodeException');
      // The old password still signs in: nothing was changed.
      expect(sut.signIn({ email: 'keeper@example.com', password: PASSWORD }).idToken).toBeTruthy();
    });
  });
});
