import {
  deadLetterQueueName,
  FUNCTION_NAMES,
  FUNCTIONS,
  METRIC_LABS,
  PRODUCT_METRIC_KEYS,
  PRODUCT_METRICS,
  PRODUCT_METRICS_NAMESPACE,
  QUEUE_NAMES,
  TABLE_NAMES,
} from '../../backend/src/catalogue';
import { STRIPE_FUNCTIONS } from '../functions/environment';
import { alarmSpecs } from '../observability/alarm-specs';
import { monitoredFunctions, THRESHOLDS } from '../observability/thresholds';
import { TEST_ACCOUNT, TEST_REGION } from '../testing/mocks';
import { named, TYPES, unsecret } from '../testing/queries';
import { ofType, type ProgramRun, type StackName } from '../testing/run-program';

/** Alarms, dashboard, billing and secrets of one stack. */
export function describeOperations(env: StackName, run: () => Promise<ProgramRun>): void {
  it('sends critical alarms to the ops-alerts topic and 002 warnings to their own topic, both mailed', async () => {
    const resources = await run();
    const arnOf = (topic: string) => `arn:aws:sns:${TEST_REGION}:${TEST_ACCOUNT}:${env}-reefamatic-ops-${topic}`;
    named(resources, TYPES.topic, `${env}-reefamatic-ops-alerts`);
    named(resources, TYPES.topic, `${env}-reefamatic-ops-warnings`);
    expect(ofType(resources, TYPES.subscription).map((s) => [s.props.topic, s.props.protocol, s.props.endpoint])).toEqual([
      [arnOf('alerts'), 'email', 'ops@reefamatic.com'],
      [arnOf('warnings'), 'email', 'ops@reefamatic.com'],
    ]);
    const specs = alarmSpecs({ environment: env, websocketApiId: 'ws', accountConcurrencyLimit: 1000 });
    const alarms = ofType(resources, TYPES.alarm);
    expect(alarms.map((a) => a.props.name).sort()).toEqual(specs.map((s) => s.name).sort());
    for (const spec of specs) {
      const alarm = named(resources, TYPES.alarm, spec.name);
      expect([spec.name, alarm.props.alarmActions]).toEqual([spec.name, [arnOf(spec.severity === 'warning' ? 'warnings' : 'alerts')]]);
    }
    expect(specs.filter((s) => s.severity === 'warning').length).toBeGreaterThan(0);
  });

  it('warns per 002: memory above 80%, cold starts above 20%, throttles, 80% of account concurrency, slow tables', async () => {
    const resources = await run();
    const alarm = (name: string) => named(resources, TYPES.alarm, name).props;
    expect(alarm(`${env}-icp-evaluate-memory`)).toMatchObject({
      threshold: FUNCTIONS['icp-evaluate'].memoryMb * 0.8,
      statistic: 'Maximum',
      evaluationPeriods: 3,
    });
    const coldStarts = alarm(`${env}-account-api-cold-start-rate`);
    expect(coldStarts.threshold).toBe(20);
    expect(coldStarts.metricQueries.find((q: { id: string }) => q.id === 'total').expression).toBe('100 * FILL(m0, 0) / m1');
    expect(alarm(`${env}-lambda-throttles`)).toMatchObject({ metricName: 'Throttles', namespace: 'AWS/Lambda', threshold: 0 });
    expect(alarm(`${env}-lambda-concurrency`)).toMatchObject({ metricName: 'ConcurrentExecutions', threshold: 800 });
    const latency = alarm(`${env}-test-history-latency`);
    expect(latency.threshold).toBe(100);
    expect(latency.metricQueries.find((q: { id: string }) => q.id === 'total').expression).toMatch(/^MAX\(\[FILL\(m0, 0\), FILL\(m1, 0\)/);
    // The memory and cold-start metrics come from the functions' own report lines.
    const filters = ofType(resources, 'aws:cloudwatch/logMetricFilter:LogMetricFilter');
    expect(filters.find((f) => f.props.metricTransformation.name === `${env}-account-api-cold-starts`)?.props).toMatchObject({
      logGroupName: `/aws/lambda/${env}-account-api`,
      pattern: '{ $.type = "platform.report" && $.record.metrics.initDurationMs > 0 }',
    });
  });

  it('parks events upload-convert and apply-daily-dose gave up on, and alarms on any', async () => {
    const resources = await run();
    for (const fn of ['upload-convert', 'apply-daily-dose']) {
      const config = ofType(resources, 'aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig').find(
        (c) => c.props.functionName === `${env}-${fn}`,
      );
      expect(config?.props).toMatchObject({
        maximumRetryAttempts: 2,
        destinationConfig: { onFailure: { destination: `arn:aws:sqs:${TEST_REGION}:${TEST_ACCOUNT}:${env}-${fn}-async-dlq` } },
      });
      expect(named(resources, TYPES.alarm, `${env}-${fn}-async-dlq-visible`).props.threshold).toBe(0);
    }
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

  it('alarms on throttled requests of every table the functions use, summed over their operations, a missing operation as zero', async () => {
    const throttles = ofType(await run(), TYPES.alarm).filter((a) => a.props.name.endsWith('-throttled'));
    const used = TABLE_NAMES.filter((t) => FUNCTION_NAMES.some((fn) => FUNCTIONS[fn].tables[t]));
    expect(throttles.map((a) => a.props.name).sort()).toEqual(used.map((t) => `${env}-${t}-throttled`).sort());
    for (const alarm of throttles) {
      const metrics = alarm.props.metricQueries.filter((q: { metric?: unknown }) => q.metric);
      expect(metrics.every((q: { metric: { metricName: string } }) => q.metric.metricName === 'ThrottledRequests')).toBe(true);
      expect(alarm.props.threshold).toBe(0);
      // A plain m0 + m1 is empty whenever one operation had no throttles, which is nearly always.
      const total = alarm.props.metricQueries.find((q: { id: string }) => q.id === 'total');
      expect(total.expression).toBe(metrics.map((_: unknown, i: number) => `FILL(m${i}, 0)`).join(' + '));
    }
  });

  it('alarms on the product metrics by the names the backend writes: webhook failures page, extraction and latency warn', async () => {
    const resources = await run();
    const alarm = (name: string) => named(resources, TYPES.alarm, name).props;
    const arnOf = (topic: string) => `arn:aws:sns:${TEST_REGION}:${TEST_ACCOUNT}:${env}-reefamatic-ops-${topic}`;
    const environment = { environment: env };

    expect(alarm(`${env}-stripe-webhook-failures`)).toMatchObject({
      namespace: PRODUCT_METRICS_NAMESPACE,
      metricName: PRODUCT_METRICS.webhookFailures.name,
      dimensions: environment,
      statistic: 'Sum',
      threshold: 0,
      alarmActions: [arnOf('alerts')],
    });
    const failureRate = alarm(`${env}-icp-extraction-failure-rate`);
    expect(failureRate).toMatchObject({ threshold: 5, evaluationPeriods: 3, alarmActions: [arnOf('warnings')] });
    expect(
      failureRate.metricQueries.map(
        (q: { id: string; metric?: { namespace: string; metricName: string; dimensions: unknown }; expression?: string }) =>
          q.metric ?? q.expression,
      ),
    ).toEqual([
      {
        namespace: PRODUCT_METRICS_NAMESPACE,
        metricName: PRODUCT_METRICS.extractionFailures.name,
        dimensions: environment,
        period: 300,
        stat: 'Sum',
      },
      { namespace: PRODUCT_METRICS_NAMESPACE, metricName: PRODUCT_METRICS.uploads.name, dimensions: environment, period: 300, stat: 'Sum' },
      '100 * FILL(m0, 0) / m1',
    ]);
    expect(alarm(`${env}-icp-evaluation-latency-p99`)).toMatchObject({
      namespace: PRODUCT_METRICS_NAMESPACE,
      metricName: PRODUCT_METRICS.evaluationLatency.name,
      dimensions: environment,
      extendedStatistic: 'p99',
      threshold: 25_000,
      evaluationPeriods: 3,
      alarmActions: [arnOf('warnings')],
    });
  });

  it('draws every product metric on the operations dashboard, extraction failures also per lab', async () => {
    const dashboard = named(await run(), TYPES.dashboard, `${env}-reef-a-matic-operations`, 'dashboardName');
    const lines = (
      JSON.parse(dashboard.props.dashboardBody).widgets as { properties: { title?: string; metrics?: unknown[][] } }[]
    ).flatMap((w) =>
      (w.properties.metrics ?? []).map((m) => ({ title: w.properties.title, line: m.filter((part) => typeof part === 'string') })),
    );
    for (const metric of PRODUCT_METRIC_KEYS) {
      expect(
        lines.filter((l) => l.line[0] === PRODUCT_METRICS_NAMESPACE && l.line[1] === PRODUCT_METRICS[metric].name).length,
      ).toBeGreaterThan(0);
    }
    const byLab = lines.filter((l) => l.title === 'Extraction failures by lab');
    expect(byLab.map((l) => l.line)).toEqual(
      METRIC_LABS.map((lab) => [PRODUCT_METRICS_NAMESPACE, PRODUCT_METRICS.extractionFailures.name, 'environment', env, 'lab', lab]),
    );
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
