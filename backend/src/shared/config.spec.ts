import { ConfigurationError, parseConfig } from './config';

const local = {
  RAM_ENV: 'dev',
  IDENTITY_KIND: 'local',
  LOCAL_IDENTITY_ISSUER: 'http://x/auth',
  LOCAL_IDENTITY_JWKS_URI: 'http://x/auth/jwks.json',
  IDENTITY_CLIENT_ID: 'c',
  ADMIN_EMAIL: 'Admin@Reef.test',
};

describe('parseConfig', () => {
  it('reads a complete local configuration and lower-cases the admin email', () => {
    const sut = parseConfig(local);

    expect(sut).toMatchObject({
      env: 'dev',
      adminEmail: 'admin@reef.test',
      uploadBucket: 'dev-reef-a-matic-upload',
      identity: { kind: 'local', clientId: 'c' },
    });
  });

  it('defaults to Cognito and requires its pool id once a client id is given', () => {
    expect(() => parseConfig({ RAM_ENV: 'prod', IDENTITY_CLIENT_ID: 'c', ADMIN_EMAIL: 'a@b.c' })).toThrow(/COGNITO_USER_POOL_ID/);
  });

  it('accepts a function without identity settings (the Cognito triggers cannot know their pool id)', () => {
    expect(parseConfig({ RAM_ENV: 'prod', ADMIN_EMAIL: 'a@b.c' }).identity).toBeUndefined();
  });

  it.each([
    [{ ...local, RAM_ENV: undefined }, /RAM_ENV/],
    [{ ...local, RAM_ENV: 'Dev Env' }, /lowercase/],
    [{ ...local, ADMIN_EMAIL: 'nobody' }, /ADMIN_EMAIL/],
    [{ ...local, IDENTITY_KIND: 'ldap' }, /IDENTITY_KIND/],
  ])('fails with one clear line on a bad setting (%#)', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigurationError);
    expect(() => parseConfig(env)).toThrow(message);
  });
});
