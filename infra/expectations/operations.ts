import { deadLetterQueueName, FUNCTION_NAMES, FUNCTIONS, QUEUE_NAMES, TABLE_NAMES } from '../../backend/src/catalogue';
import { STRIPE_FUNCTIONS } from '../functions/environment';
import { monitoredFunctions, THRESHOLDS } from '../observability/thresholds';
import { TEST_ACCOUNT, TEST_REGION } from '../testing/mocks';
import { named, TYPES, unsecret } from '../testing/queries';
import { ofType, type ProgramRun, type StackName } from '../testing/run-program';

/** Alarms, dashboard, billing and secrets of one stack. */
export function describeOperations(env: StackName, run: () => Promise<ProgramRun>): void {
  it('sends every alarm to the ops topic, which mails the alarm address', async () => {
    const resources = await run();
    const topic = named(resources, TYPES.topic, `${env}-reefamatic-ops-alerts`);
    const topicArn = `arn:aws:sns:${TEST_REGION}:${TEST_ACCOUNT}:${topic.props.name}`;
    expect(ofType(resources, TYPES.subscription).map((s) => [s.props.protocol, s.props.endpoint])).toEqual([
      ['email', 'ops@reefamatic.com'],
    ]);
    const alarms = ofType(resources, TYPES.alarm);
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm.props.alarmActions).toEqual([topicArn]);
  });

  it('alarms on the thresholds of the monitoring guides', async () => {
    const threshold = async (name: string) => named(await run(), TYPES.alarm, name).props.threshold;
    expect(await threshold(`${env}-rest-api-5xx`)).toBe(THRESHOLDS.restServerErrors);
    expect(await threshold(`${env}-websocket-api-errors`)).toBe(THRESHOLDS.websocketErrors);
    for (const fn of monitoredFunctions()) {
      expect(await threshold(`${env}-${fn}-errors`)).toBe(0);
      expect(await threshold(`${env}-${fn}-duration-p99`)).toBe(FUNCTIONS[fn].timeoutSeconds * 800);
    }
    for (const queue of QUEUE_NAMES) {
      expect(await threshold(`${env}-${queue}-oldest-message`)).toBe(300);
      expect(await threshold(`${env}-${deadLetterQueueName(queue)}-visible`)).toBe(0);
    }
    expect(await threshold(`${env}-realtime-notify-stream-dlq-visible`)).toBe(0);
  });

  it('alarms on throttled requests of every table the functions use, summed over their operations', async () => {
    const throttles = ofType(await run(), TYPES.alarm).filter((a) => a.props.name.endsWith('-throttled'));
    const used = TABLE_NAMES.filter((t) => FUNCTION_NAMES.some((fn) => FUNCTIONS[fn].tables[t]));
    expect(throttles.map((a) => a.props.name).sort()).toEqual(used.map((t) => `${env}-${t}-throttled`).sort());
    for (const alarm of throttles) {
      const metrics = alarm.props.metricQueries.filter((q: { metric?: unknown }) => q.metric);
      expect(metrics.every((q: { metric: { metricName: string } }) => q.metric.metricName === 'ThrottledRequests')).toBe(true);
      expect(alarm.props.threshold).toBe(0);
    }
  });

  it('publishes the operations dashboard under the environment name', async () => {
    const dashboard = named(await run(), TYPES.dashboard, `${env}-reef-a-matic-operations`, 'dashboardName');
    expect(JSON.parse(dashboard.props.dashboardBody).variables[0].defaultValue).toBe(env);
  });

  it('sells Basic and Pro monthly and yearly, with the RAM_2026 code on a 50% coupon for 12 months', async () => {
    const resources = await run();
    expect(
      ofType(resources, TYPES.stripeProduct)
        .map((p) => p.props.metadata.plan)
        .sort(),
    ).toEqual(['basic', 'pro']);
    expect(
      ofType(resources, TYPES.stripePrice)
        .map((p) => p.props.lookupKey)
        .sort(),
    ).toEqual(['ram-basic-monthly', 'ram-basic-yearly', 'ram-pro-monthly', 'ram-pro-yearly']);
    const [coupon] = ofType(resources, TYPES.stripeCoupon);
    expect(coupon.props).toMatchObject({ percentOff: 50, durationInMonths: 12 });
    const [code] = ofType(resources, TYPES.stripePromotionCode);
    expect(code.props).toMatchObject({ code: 'RAM_2026', coupon: expect.stringMatching(/^coupon_/) });
  });

  it('keeps the Stripe key out of function settings: only parameter names reach the functions that need them', async () => {
    const resources = await run();
    const key = `sk_test_${env}`;
    const parameter = named(resources, 'aws:ssm/parameter:Parameter', `/${env}/reef-a-matic/stripe/secret-key`);
    expect(parameter.props.type).toBe('SecureString');
    expect(unsecret(parameter.props.value)).toBe(key);
    for (const fn of FUNCTION_NAMES) {
      const variables = named(resources, TYPES.function, `${env}-${fn}`).props.environment.variables;
      expect(Object.values(variables)).not.toContain(key);
      expect(variables.STRIPE_SECRET_KEY_PARAMETER).toBe(
        STRIPE_FUNCTIONS.includes(fn) ? `/${env}/reef-a-matic/stripe/secret-key` : undefined,
      );
    }
  });

  it('stores the catalogue price ids in SSM for checkout, and lets only the Stripe functions read them', async () => {
    const resources = await run();
    const parameter = named(resources, 'aws:ssm/parameter:Parameter', `/${env}/reef-a-matic/stripe/price-ids`);
    const priceIds = JSON.parse(String(unsecret(parameter.props.value))) as Record<string, string>;
    expect(Object.keys(priceIds).sort()).toEqual(['ram-basic-monthly', 'ram-basic-yearly', 'ram-pro-monthly', 'ram-pro-yearly']);
    expect(Object.values(priceIds).every((id) => id.startsWith('price_'))).toBe(true);
    for (const fn of FUNCTION_NAMES) {
      const variables = named(resources, TYPES.function, `${env}-${fn}`).props.environment.variables;
      const stripe = STRIPE_FUNCTIONS.includes(fn);
      expect(variables.STRIPE_PRICE_IDS_PARAMETER).toBe(stripe ? `/${env}/reef-a-matic/stripe/price-ids` : undefined);
      expect(variables.APP_ORIGIN).toEqual(stripe ? expect.stringMatching(/^https:\/\//) : undefined);
    }
  });
}
