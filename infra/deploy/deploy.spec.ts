import { devTraces } from './prod-guard';
import { spaConfig } from './spa-config';
import { parseStackOutputs, type StackOutputs } from './stack-outputs';

const dev: StackOutputs = {
  environment: 'dev',
  region: 'eu-central-1',
  restApiUrl: 'https://a1b2c3.execute-api.eu-central-1.amazonaws.com/dev',
  websocketUrl: 'wss://d4e5f6.execute-api.eu-central-1.amazonaws.com/dev',
  userPoolId: 'eu-central-1_DevPool01',
  userPoolClientId: 'devclient0123456789',
};

const prod: StackOutputs = {
  environment: 'prod',
  region: 'eu-central-1',
  restApiUrl: 'https://x9y8z7.execute-api.eu-central-1.amazonaws.com/prod',
  websocketUrl: 'wss://w6v5u4.execute-api.eu-central-1.amazonaws.com/prod',
  userPoolId: 'eu-central-1_ProdPool1',
  userPoolClientId: 'prodclient987654321',
};

describe('spaConfig', () => {
  it('points the SPA at its own stack: API, WebSocket and Cognito pool, with the plan prices', () => {
    expect(spaConfig(prod)).toEqual({
      apiUrl: prod.restApiUrl,
      wsUrl: prod.websocketUrl,
      environment: 'prod',
      identity: { kind: 'cognito', region: 'eu-central-1', userPoolId: prod.userPoolId, clientId: prod.userPoolClientId },
      billing: expect.objectContaining({ currency: 'eur', trialDays: 30, promotion: { code: 'RAM_2026', percentOff: 50, months: 12 } }),
    });
    expect((spaConfig(prod).billing as { plans: unknown[] }).plans).toContainEqual({
      plan: 'PRO',
      name: 'Reef-A-Matic Pro',
      monthly: 999,
      yearly: 9990,
    });
  });

  it('refuses stack outputs with a missing value', () => {
    expect(() => parseStackOutputs(JSON.stringify({ ...prod, userPoolId: '' }))).toThrow('Stack output userPoolId is missing');
  });
});

describe('devTraces', () => {
  const built = (content: string) => [{ path: 'dist/main.js', content }];

  it('still finds the dev domain and dev-stage URLs when dev has never been deployed', () => {
    expect(devTraces(built(JSON.stringify(spaConfig(prod))), undefined)).toEqual([]);
    expect(devTraces(built(`fetch("${dev.restApiUrl}/user"); location = "https://dev.reefamatic.com"`), undefined)).toEqual([
      'dist/main.js: contains dev.reefamatic.com',
      'dist/main.js: contains a URL on a dev stage',
    ]);
  });

  it('passes a prod build that only knows prod', () => {
    expect(devTraces(built(JSON.stringify(spaConfig(prod))), dev)).toEqual([]);
  });

  it('finds the dev pool, the dev domain and dev API URLs in a prod build', () => {
    expect(devTraces(built(JSON.stringify(spaConfig(dev))), dev)).toEqual([
      `dist/main.js: contains ${dev.restApiUrl}`,
      `dist/main.js: contains ${dev.websocketUrl}`,
      `dist/main.js: contains ${dev.userPoolId}`,
      `dist/main.js: contains ${dev.userPoolClientId}`,
      'dist/main.js: contains a URL on a dev stage',
    ]);
    expect(devTraces(built('redirect to https://dev.reefamatic.com/'), dev)).toEqual(['dist/main.js: contains dev.reefamatic.com']);
  });

  it('finds a URL on any dev stage, not only the known one', () => {
    expect(devTraces(built('wss://zzz999.execute-api.eu-west-1.amazonaws.com/dev'), dev)).toHaveLength(1);
  });
});
