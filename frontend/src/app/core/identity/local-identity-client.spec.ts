import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestHttp } from '../../../testing/providers';
import { IdentityError } from './identity-client';
import { LocalIdentityClient } from './local-identity-client';

describe('LocalIdentityClient', () => {
  let sut: LocalIdentityClient;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    sut = TestBed.inject(LocalIdentityClient);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('signs up with the chosen plan at {baseUrl}/sign-up', async () => {
    const result = sut.signUp({
      email: 'keeper@example.com',
      password: 'correct-horse',
      plan: 'BASIC',
    });
    const request = http.expectOne('/auth/sign-up');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'keeper@example.com',
      password: 'correct-horse',
      plan: 'BASIC',
    });
    request.flush({ userSub: 'sub-1', confirmed: true }, { status: 201, statusText: 'Created' });

    await expect(result).resolves.toEqual({ userSub: 'sub-1', confirmed: true });
  });

  it('signs in and returns the tokens without an Authorization header', async () => {
    const result = sut.signIn('keeper@example.com', 'correct-horse');
    const request = http.expectOne('/auth/sign-in');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({
      idToken: 'id',
      accessToken: 'access',
      refreshToken: 'refresh',
      expiresIn: 3600,
    });

    await expect(result).resolves.toMatchObject({ idToken: 'id', expiresIn: 3600 });
  });

  it('exchanges a refresh token at {baseUrl}/refresh', async () => {
    const result = sut.refresh('refresh-1');
    const request = http.expectOne('/auth/refresh');
    expect(request.request.body).toEqual({ refreshToken: 'refresh-1' });
    request.flush({ idToken: 'id-2', accessToken: 'access-2', expiresIn: 3600 });

    await expect(result).resolves.toEqual({
      idToken: 'id-2',
      accessToken: 'access-2',
      expiresIn: 3600,
    });
  });

  it('passes on the provider’s message and code when it refuses', async () => {
    const result = sut.signIn('keeper@example.com', 'wrong');
    http
      .expectOne('/auth/sign-in')
      .flush(
        { message: 'Incorrect email or password', code: 'NotAuthorizedException' },
        { status: 401, statusText: 'Unauthorized' },
      );

    await expect(result).rejects.toEqual(
      new IdentityError('Incorrect email or password', 'NotAuthorizedException'),
    );
  });

  it('reports an unreachable provider as a network problem', async () => {
    const result = sut.signIn('keeper@example.com', 'correct-horse');
    http.expectOne('/auth/sign-in').error(new ProgressEvent('error'), { status: 0 });

    await expect(result).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('starts a password reset at {baseUrl}/forgot-password and names where the code went', async () => {
    expect(sut.canResetPassword).toBe(true);
    const result = sut.startPasswordReset('keeper@example.com');
    const request = http.expectOne('/auth/forgot-password');
    expect(request.request.body).toEqual({ email: 'keeper@example.com' });
    request.flush({ destination: 'k***@example.com' });

    await expect(result).resolves.toEqual({ destination: 'k***@example.com' });
  });

  it('sets the new password with the mailed code at {baseUrl}/confirm-forgot-password', async () => {
    const result = sut.resetPassword('keeper@example.com', '123456', 'new-horse-2');
    const request = http.expectOne('/auth/confirm-forgot-password');
    expect(request.request.body).toEqual({
      email: 'keeper@example.com',
      code: '123456',
      password: 'new-horse-2',
    });
    request.flush({});
    await expect(result).resolves.toBeUndefined();
  });

  it('passes a wrong code on with the provider’s own words', async () => {
    const result = sut.resetPassword('keeper@example.com', '000000', 'new-horse-2');
    http
      .expectOne('/auth/confirm-forgot-password')
      .flush(
        { message: 'The code is not right', code: 'CodeMismatchException' },
        { status: 400, statusText: 'Bad Request' },
      );
    await expect(result).rejects.toEqual(
      new IdentityError('The code is not right', 'CodeMismatchException'),
    );
  });

  it('changes the password with the access token at {baseUrl}/change-password', async () => {
    const result = sut.changePassword('access-1', 'old-horse-1', 'new-horse-2');
    const request = http.expectOne('/auth/change-password');
    expect(request.request.body).toEqual({
      accessToken: 'access-1',
      previousPassword: 'old-horse-1',
      proposedPassword: 'new-horse-2',
    });
    request.flush({});
    await expect(result).resolves.toBeUndefined();
  });

  it('passes on the refusal of a wrong current password in the provider’s words', async () => {
    const result = sut.changePassword('access-1', 'wrong-1', 'new-horse-2');
    http
      .expectOne('/auth/change-password')
      .flush(
        { message: 'The current password is not right', code: 'NotAuthorizedException' },
        { status: 400, statusText: 'Bad Request' },
      );
    await expect(result).rejects.toEqual(
      new IdentityError('The current password is not right', 'NotAuthorizedException'),
    );
  });

  it('asks for an email change, then verifies it with the code', async () => {
    const started = sut.startEmailChange('access-1', 'new@example.com');
    const change = http.expectOne('/auth/change-email');
    expect(change.request.body).toEqual({ accessToken: 'access-1', email: 'new@example.com' });
    change.flush({ destination: 'new@example.com' });
    await expect(started).resolves.toEqual({ destination: 'new@example.com' });

    const verified = sut.confirmEmailChange('access-1', '123456');
    const verify = http.expectOne('/auth/verify-email');
    expect(verify.request.body).toEqual({ accessToken: 'access-1', code: '123456' });
    verify.flush({ email: 'new@example.com' });
    await expect(verified).resolves.toBeUndefined();
  });
});
