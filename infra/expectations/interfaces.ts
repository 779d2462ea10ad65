import { IDENTITY_TRIGGERS, ROUTES, SCHEDULES, WEBSOCKET } from '../../backend/src/catalogue';
import { METHOD_AUTHORIZATION } from '../api/rest-api';
import { resourceTree } from '../api/resource-tree';
import { TOKEN_IDENTITY_SOURCE } from '../api/websocket-api';
import { SPA_FALLBACK_CODES } from '../edge/edge';
import { mockId, TEST_ACCOUNT, TEST_REGION } from '../testing/mocks';
import { named, TYPES } from '../testing/queries';
import { ofType, programFor, type ProgramRun, type StackName } from '../testing/run-program';

const functionArn = (env: string, fn: string) => `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:function:${env}-${fn}`;
const invokeArn = (env: string, fn: string) =>
  `arn:aws:apigateway:${TEST_REGION}:lambda:path/2015-03-31/functions/${functionArn(env, fn)}/invocations`;

/** The REST and WebSocket APIs, identity, schedules and edge of one stack. */
export function describeInterfaces(env: StackName, run: () => Promise<ProgramRun>): void {
  describe('REST API', () => {
    it('has one API Gateway resource per path segment of the route catalogue', async () => {
      const resources = ofType(await run(), 'aws:apigateway/resource:Resource');
      expect(resources).toHaveLength(resourceTree(ROUTES.map((r) => r.path)).length);
    });

    it('serves each catalogue route with one POST method, authorized as the route declares', async () => {
      const posts = ofType(await run(), TYPES.method).filter((m) => m.props.httpMethod === 'POST');
      expect(posts).toHaveLength(ROUTES.length);
      for (const route of ROUTES) {
        const method = posts.find((m) => m.props.operationName === route.operation);
        expect(method?.props.authorization).toBe(METHOD_AUTHORIZATION[route.auth]);
        expect(method?.props.authorizerId === undefined).toBe(route.auth === 'none');
      }
    });

    it('proxies each route to the function the catalogue names, allowed to invoke only that path', async () => {
      const resources = await run();
      const proxies = ofType(resources, TYPES.integration).filter((i) => i.props.type === 'AWS_PROXY');
      const permissions = ofType(resources, TYPES.permission).filter((p) => p.props.principal === 'apigateway.amazonaws.com');
      for (const route of ROUTES) {
        expect(proxies.filter((i) => i.props.uri === invokeArn(env, route.function)).length).toBeGreaterThan(0);
        const permission = permissions.filter((p) => p.props.sourceArn.endsWith(`/*/POST${route.path}`));
        expect(permission.map((p) => p.props.function)).toEqual([`${env}-${route.function}`]);
      }
      expect(proxies).toHaveLength(ROUTES.length);
    });

    it('answers CORS preflights without a token for every routed path', async () => {
      const options = ofType(await run(), TYPES.method).filter((m) => m.props.httpMethod === 'OPTIONS');
      expect(options).toHaveLength(new Set(ROUTES.map((r) => r.path)).size);
      expect(options.every((m) => m.props.authorization === 'NONE')).toBe(true);
      const headers = ofType(await run(), 'aws:apigateway/integrationResponse:IntegrationResponse').map(
        (r) => r.props.responseParameters['method.response.header.Access-Control-Allow-Origin'],
      );
      // No certificate is configured in the committed stacks, so the app is on CloudFront's own domain.
      const { outputs } = await run();
      expect(outputs.appUrl).toBe(`https://${outputs.uiDistributionDomain}`);
      expect(new Set(headers)).toEqual(new Set([`'${outputs.appUrl}'`]));
    });

    it('publishes a stage named after the environment, with access logs and throttling', async () => {
      const resources = await run();
      const [stage] = ofType(resources, TYPES.restStage);
      expect(stage.props).toMatchObject({ stageName: env, xrayTracingEnabled: true });
      expect(stage.props.accessLogSettings.destinationArn).toContain(`log-group:/aws/apigateway/${env}-rest-api`);
      const [settings] = ofType(resources, 'aws:apigateway/methodSettings:MethodSettings');
      expect(settings.props.settings.throttlingRateLimit).toBeGreaterThan(0);
      expect(settings.props.settings.throttlingBurstLimit).toBeGreaterThan(0);
    });
  });

  describe('WebSocket API', () => {
    it('routes on the action field and checks the token query parameter on $connect', async () => {
      const resources = await run();
      const [api] = ofType(resources, TYPES.wsApi);
      expect(api.props).toMatchObject({
        name: `${env}-websocket-api`,
        protocolType: 'WEBSOCKET',
        routeSelectionExpression: '$request.body.action',
      });
      const [authorizer] = ofType(resources, TYPES.wsAuthorizer);
      expect(authorizer.props).toMatchObject({
        authorizerType: 'REQUEST',
        identitySources: [TOKEN_IDENTITY_SOURCE],
        authorizerUri: invokeArn(env, WEBSOCKET.authorizer),
      });
      const routes = ofType(resources, TYPES.wsRoute);
      expect(routes.map((r) => [r.props.routeKey, r.props.authorizationType]).sort()).toEqual([
        ['$connect', 'CUSTOM'],
        ['$disconnect', 'NONE'],
      ]);
      const integrations = ofType(resources, TYPES.wsIntegration);
      expect(integrations).toHaveLength(routes.length);
      for (const [routeKey, fn] of Object.entries(WEBSOCKET.routes)) {
        const target = routes.find((r) => r.props.routeKey === routeKey)?.props.target;
        const integration = integrations.find((i) => target === `integrations/${mockId(env, i.name)}`);
        expect(integration?.props.integrationUri).toBe(invokeArn(env, fn));
      }
    });

    it('deploys to a stage named after the environment', async () => {
      const [stage] = ofType(await run(), TYPES.wsStage);
      expect(stage.props).toMatchObject({ name: env, autoDeploy: true });
    });
  });

  describe('identity', () => {
    it('signs users in by email, carries the plan attribute and calls the catalogue triggers', async () => {
      const resources = await run();
      const { props } = named(resources, TYPES.userPool, `${env}-user-pool`);
      expect(props.usernameAttributes).toEqual(['email']);
      expect(props.schemas).toEqual([expect.objectContaining({ name: 'plan', attributeDataType: 'String', mutable: true })]);
      expect(props.lambdaConfig).toEqual({
        preSignUp: functionArn(env, IDENTITY_TRIGGERS.preSignUp),
        postConfirmation: functionArn(env, IDENTITY_TRIGGERS.postConfirmation),
      });
      expect(props.emailConfiguration).toEqual({
        emailSendingAccount: 'DEVELOPER',
        fromEmailAddress: 'Reef.A.Matic <no-reply@reefamatic.com>',
        sourceArn: `arn:aws:ses:${TEST_REGION}:${TEST_ACCOUNT}:identity/reefamatic.com`,
      });
      const cognitoInvokes = ofType(resources, TYPES.permission).filter((p) => p.props.principal === 'cognito-idp.amazonaws.com');
      expect(cognitoInvokes.map((p) => p.props.function).sort()).toEqual(
        Object.values(IDENTITY_TRIGGERS)
          .map((fn) => `${env}-${fn}`)
          .sort(),
      );
    });

    it('gives the browser a public client without a secret', async () => {
      const { props } = named(await run(), TYPES.userPoolClient, `${env}-client`);
      expect(props.generateSecret).toBe(false);
      expect(props.explicitAuthFlows).toEqual(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    });
  });

  describe('domain and certificate', () => {
    const withZone = () => programFor(env, { 'reef-a-matic:hostedZone': 'reefamatic.com' });
    const app = env === 'dev' ? 'dev.reefamatic.com' : 'www.reefamatic.com';

    it("requests the sites' certificate in us-east-1, validated through DNS in the zone, when a zone is configured", async () => {
      const run = await withZone();
      const [certificate] = ofType(run, 'aws:acm/certificate:Certificate');
      expect(certificate.props).toMatchObject({ domainName: app, validationMethod: 'DNS' });
      expect(certificate.props.subjectAlternativeNames).toEqual([env === 'dev' ? 'docs-dev.reefamatic.com' : 'docs.reefamatic.com']);
      const validation = ofType(run, TYPES.dnsRecord).filter((r) => r.props.type === 'CNAME');
      expect(validation.map((r) => r.props.name)).toEqual([expect.stringContaining(app), expect.stringContaining('reefamatic.com')]);
      expect(ofType(run, 'aws:acm/certificateValidation:CertificateValidation')).toHaveLength(1);
    });

    it('then serves the app on its own name: aliases, alias records, and that origin for CORS', async () => {
      const run = await withZone();
      const ui = ofType(run, TYPES.distribution).find((d) => (d.props.aliases ?? []).includes(app));
      expect(ui?.props.viewerCertificate).toMatchObject({
        acmCertificateArn: expect.stringMatching(/^arn:aws:acm:us-east-1:/),
        sslSupportMethod: 'sni-only',
      });
      expect(
        ofType(run, TYPES.dnsRecord)
          .filter((r) => r.props.name === app)
          .map((r) => r.props.type)
          .sort(),
      ).toEqual(['A', 'AAAA']);
      expect(run.outputs.appUrl).toBe(`https://${app}`);
      const variables = named(run, TYPES.function, `${env}-account-api`).props.environment.variables;
      expect(variables.ALLOWED_ORIGINS).toBe(`https://${app}`);
    });

    it("without a zone or certificate, points CORS at CloudFront's own domain and asks for no certificate", async () => {
      const run = await programFor(env);
      expect(ofType(run, 'aws:acm/certificate:Certificate')).toEqual([]);
      expect(named(run, TYPES.function, `${env}-testing-api`).props.environment.variables.ALLOWED_ORIGINS).toBe(run.outputs.appUrl);
      expect(named(run, TYPES.function, `${env}-upload-convert`).props.environment.variables.ALLOWED_ORIGINS).toBeUndefined();
    });
  });

  describe('schedules and edge', () => {
    it('fires each catalogue schedule at its target, with permission to invoke it', async () => {
      const resources = await run();
      for (const schedule of SCHEDULES) {
        const rule = named(resources, TYPES.eventRule, `${env}-${schedule.name}`);
        expect(rule.props.scheduleExpression).toBe(schedule.cron);
        const target = ofType(resources, TYPES.eventTarget).find((t) => t.props.rule === rule.props.name);
        expect(target?.props.arn).toBe(functionArn(env, schedule.target));
      }
      const eventInvokes = ofType(resources, TYPES.permission).filter((p) => p.props.principal === 'events.amazonaws.com');
      expect(eventInvokes).toHaveLength(SCHEDULES.length);
    });

    it('serves the UI and docs buckets through CloudFront with origin access control, SPA fallback on the UI only', async () => {
      const resources = await run();
      const distributions = ofType(resources, TYPES.distribution);
      expect(distributions).toHaveLength(2);
      const fallbacks = (d: (typeof distributions)[number]) =>
        (d.props.customErrorResponses ?? []).map((e: { errorCode: number; responsePagePath: string }) => [e.errorCode, e.responsePagePath]);
      const ui = distributions.find((d) => d.props.origins[0].domainName.startsWith(`${env}-reef-a-matic-ui.`));
      const docs = distributions.find((d) => d.props.origins[0].domainName.startsWith(`${env}-reef-a-matic-docs.`));
      expect(fallbacks(ui!)).toEqual(SPA_FALLBACK_CODES.map((code) => [code, '/index.html']));
      expect(fallbacks(docs!)).toEqual([]);
      for (const d of distributions) {
        expect(d.props.origins[0].originAccessControlId).toBeDefined();
        expect(d.props.defaultCacheBehavior.viewerProtocolPolicy).toBe('redirect-to-https');
      }
    });

    it('sends the app with its own security headers: a CSP without inline script naming the API, no framing', async () => {
      const resources = await run();
      const policy = named(resources, 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy', `${env}-ui-headers`);
      const ui = ofType(resources, TYPES.distribution).find((d) => d.props.origins[0].domainName.startsWith(`${env}-reef-a-matic-ui.`));
      const csp = String(policy.props.securityHeadersConfig.contentSecurityPolicy.contentSecurityPolicy);

      expect(String(ui!.props.defaultCacheBehavior.responseHeadersPolicyId).startsWith(`${policy.name}-`)).toBe(true); // the mock's id for it
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(
        /connect-src 'self' https:\/\/\*\.execute-api\.[\w-]+\.amazonaws\.com https:\/\/cognito-idp\.[\w-]+\.amazonaws\.com https:\/\/\S+\.s3\.[\w.-]+ wss:\/\/\*\.execute-api\.[\w-]+\.amazonaws\.com;/,
      );
      expect(policy.props.securityHeadersConfig.contentTypeOptions.override).toBe(true);
      expect(policy.props.customHeadersConfig.items.map((h: { header: string }) => h.header)).toContain('Permissions-Policy');
    });
  });
}
