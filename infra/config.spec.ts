import * as pulumi from '@pulumi/pulumi';
import { readConfig } from './config';
import { stackConfig, type StackName } from './testing/run-program';

const SECRETS = {
  'reef-a-matic:stripeSecretKey': 'sk_test_config',
  'reef-a-matic:stripeWebhookSecret': 'whsec_config',
};

function configure(stack: StackName, overrides: Record<string, string> = {}, secrets: Record<string, string> = SECRETS) {
  pulumi.runtime.setAllConfig({ ...stackConfig(stack), ...secrets, ...overrides }, Object.keys(secrets));
}

describe('readConfig', () => {
  it('reads the committed dev stack: short log retention, 10 MB uploads, Grafana on', () => {
    configure('dev');
    expect(readConfig()).toMatchObject({
      environment: 'dev',
      region: 'eu-central-1',
      appDomain: 'dev.reefamatic.com',
      logRetentionDays: 14,
      uploadMaxBytes: 10 * 1024 * 1024,
      grafanaEnabled: true,
      grafanaGroups: { admin: [], viewer: [] },
      accountConcurrencyLimit: 1000,
    });
  });

  it('reads the committed prod stack: long log retention, Grafana on', () => {
    configure('prod');
    expect(readConfig()).toMatchObject({
      environment: 'prod',
      appDomain: 'www.reefamatic.com',
      logRetentionDays: 90,
      grafanaEnabled: true,
    });
  });

  it('keeps the Stripe credentials secret', async () => {
    configure('dev');
    const { stripe } = readConfig();
    expect(await pulumi.isSecret(stripe.secretKey)).toBe(true);
    expect(await pulumi.isSecret(stripe.webhookSecret)).toBe(true);
  });

  it('refuses an environment other than dev or prod', () => {
    configure('dev', { 'reef-a-matic:environment': 'staging' });
    expect(() => readConfig()).toThrow(/environment/);
  });

  it('refuses an alarm address that is not an email', () => {
    configure('prod', { 'reef-a-matic:alarmEmail': 'ops-team' });
    expect(() => readConfig()).toThrow('alarmEmail must be an email address, got "ops-team"');
  });

  it('refuses to run without the Stripe secret key', () => {
    configure('dev', {}, { 'reef-a-matic:stripeWebhookSecret': 'whsec_only' });
    expect(() => readConfig()).toThrow(/stripeSecretKey/);
  });
});
