import { RuntimeConfigError, parseRuntimeConfig } from './runtime-config';

const validLocal = {
  apiUrl: '/api/',
  wsUrl: 'ws://localhost:3000/ws',
  identity: { kind: 'local', baseUrl: '/auth/', clientId: 'ram-web-local' },
  environment: 'local',
  demo: { email: 'demo@reefamatic.local', password: 'reef-demo-1' },
};

describe('parseRuntimeConfig', () => {
  it('accepts a local config and trims trailing slashes from the addresses', () => {
    const sut = parseRuntimeConfig(validLocal);

    expect(sut.apiUrl).toBe('/api');
    expect(sut.identity).toEqual({ kind: 'local', baseUrl: '/auth', clientId: 'ram-web-local' });
    expect(sut.demo).toEqual({ email: 'demo@reefamatic.local', password: 'reef-demo-1' });
  });

  it('accepts a Cognito config without demo credentials', () => {
    const sut = parseRuntimeConfig({
      apiUrl: 'https://api.example.com/prod',
      wsUrl: 'wss://ws.example.com/prod',
      environment: 'prod',
      identity: {
        kind: 'cognito',
        region: 'eu-central-1',
        userPoolId: 'eu-central-1_abc',
        clientId: 'client-1',
      },
    });

    expect(sut.identity.kind).toBe('cognito');
    expect(sut.identity).not.toHaveProperty('endpoint');
    expect(sut.demo).toBeUndefined();
  });

  it('keeps a Cognito endpoint override (an emulator) and refuses an empty one', () => {
    const cognito = {
      kind: 'cognito',
      region: 'eu-central-1',
      userPoolId: 'local_abc',
      clientId: 'client-1',
    };

    expect(
      parseRuntimeConfig({
        ...validLocal,
        identity: { ...cognito, endpoint: 'http://127.0.0.1:9229/' },
      }).identity,
    ).toEqual({ ...cognito, endpoint: 'http://127.0.0.1:9229' });
    expect(() =>
      parseRuntimeConfig({ ...validLocal, identity: { ...cognito, endpoint: '' } }),
    ).toThrow('config.json: identity.endpoint must be a non-empty string');
  });

  it('names the missing field when apiUrl is absent', () => {
    expect(() => parseRuntimeConfig({ ...validLocal, apiUrl: undefined })).toThrow(
      'config.json: apiUrl must be a non-empty string',
    );
  });

  it('refuses an identity kind it does not know', () => {
    expect(() => parseRuntimeConfig({ ...validLocal, identity: { kind: 'saml' } })).toThrow(
      RuntimeConfigError,
    );
  });

  it('refuses an environment outside local, dev and prod', () => {
    expect(() => parseRuntimeConfig({ ...validLocal, environment: 'staging' })).toThrow(
      /environment must be one of/,
    );
  });

  it('refuses demo credentials without a password', () => {
    expect(() =>
      parseRuntimeConfig({ ...validLocal, demo: { email: 'demo@reefamatic.local' } }),
    ).toThrow('demo.password');
  });
});
