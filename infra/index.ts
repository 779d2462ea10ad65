import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { DEPLOY_HOOKS } from '../backend/src/catalogue';
import { RestApi } from './api/rest-api';
import { WebSocketApi } from './api/websocket-api';
import { Auth, senderAddress } from './auth/auth';
import { Billing } from './billing/billing';
import { readConfig } from './config';
import { Data } from './data/data';
import { SiteCertificate } from './edge/certificate';
import { Edge } from './edge/edge';
import { EventSources } from './functions/event-sources';
import { Functions, type FunctionsArgs } from './functions/functions';
import { APPLICATION_FUNCTIONS, IDENTITY_TRIGGER_FUNCTIONS, joinFunctionGroups, WEBSOCKET_FUNCTIONS } from './functions/groups';
import { functionName } from './naming';
import { Observability } from './observability/observability';
import { Queues } from './queues/queues';
import { Schedule } from './schedule/schedule';
import { Storage } from './storage/storage';
import { environmentTagging } from './tags';

const config = readConfig();
const env = config.environment;
const isProd = env === 'prod';
const components: pulumi.ComponentResourceOptions = { transformations: [environmentTagging(env)] };
const accountId = aws.getCallerIdentityOutput({}).accountId;

const data = new Data('data', { environment: env, deletionProtection: isProd }, components);
// A configured certificate wins; otherwise a hosted zone lets the stack request and validate one itself.
const certificateArn: pulumi.Input<string> | undefined =
  config.certificateArn ??
  (config.hostedZone
    ? new SiteCertificate('certificate', { domains: [config.appDomain, config.docsDomain], zoneName: config.hostedZone }, components).arn
    : undefined);
const storage = new Storage('storage', { environment: env, forceDestroy: !isProd, policiesElsewhere: ['ui', 'docs'] }, components);
const edge = new Edge(
  'edge',
  {
    environment: env,
    ui: { bucket: storage.buckets.ui, domain: config.appDomain, singlePageApp: true },
    docs: { bucket: storage.buckets.docs, domain: config.docsDomain, singlePageApp: false },
    certificateArn,
    dnsZone: config.hostedZone,
    // The functions' CORS origin is this distribution's domain, so the CSP cannot name the API's own
    // id (that would be a cycle: edge → API → functions → edge). It names the region's API Gateway
    // domains instead; script-src stays 'self' only.
    appOrigins: {
      connect: [
        `https://*.execute-api.${config.region}.amazonaws.com`,
        `https://cognito-idp.${config.region}.amazonaws.com`,
        storage.buckets.upload.regionalDomainName.apply((domain) => `https://${domain}`),
      ],
      websocket: [`wss://*.execute-api.${config.region}.amazonaws.com`],
    },
  },
  components,
);
// Without a certificate CloudFront answers on its own domain only, so that is where the app lives.
const appOrigin: pulumi.Output<string> = certificateArn
  ? pulumi.output(`https://${config.appDomain}`)
  : pulumi.interpolate`https://${edge.ui.domainName}`;
storage.allowBrowserUploads([appOrigin]);
const queues = new Queues('queues', { environment: env }, components);
const billing = new Billing(
  'billing',
  {
    environment: env,
    stripeSecretKey: config.stripe.secretKey,
    stripeWebhookSecret: config.stripe.webhookSecret,
  },
  components,
);

const functionBasics: Omit<FunctionsArgs, 'names'> = {
  environment: env,
  bundleRoot: config.bundleRoot,
  requireBundles: config.requireBundles,
  logRetentionDays: config.logRetentionDays,
  tables: data.tables,
  queues: queues.queues,
  streamFailureQueues: queues.streamFailureQueues,
  asyncFailureQueues: queues.asyncFailureQueues,
  allowedOrigins: appOrigin,
  buckets: storage.buckets,
  adminEmail: config.adminEmail,
  bedrockModelId: config.bedrockModelId,
  bedrockModelArn: `arn:aws:bedrock:${config.region}::foundation-model/${config.bedrockModelId}`,
  uploadMaxBytes: config.uploadMaxBytes,
  stripeParameters: {
    secretKey: billing.secretKeyParameter,
    webhookSecret: billing.webhookSecretParameter,
    priceIds: billing.priceIdsParameter,
  },
  appOrigin,
};

const identityTriggers = new Functions('identity-triggers', { ...functionBasics, names: IDENTITY_TRIGGER_FUNCTIONS }, components);
const auth = new Auth(
  'auth',
  {
    environment: env,
    region: config.region,
    accountId,
    mailDomain: config.mailDomain,
    triggers: identityTriggers.functions,
    deletionProtection: isProd,
  },
  components,
);
const identity = { userPoolId: auth.userPoolId, clientId: auth.clientId };
const websocketHandlers = new Functions('websocket-handlers', { ...functionBasics, names: WEBSOCKET_FUNCTIONS, identity }, components);
const websocket = new WebSocketApi(
  'websocket-api',
  {
    environment: env,
    region: config.region,
    handlers: websocketHandlers.functions,
    throttle: config.apiThrottle,
    logRetentionDays: config.logRetentionDays,
  },
  components,
);
const application = new Functions(
  'application',
  {
    ...functionBasics,
    names: APPLICATION_FUNCTIONS,
    identity,
    websocket: { managementEndpoint: websocket.managementEndpoint, connectionArns: websocket.connectionArns },
    mail: { from: senderAddress(config.mailDomain), identityArn: auth.mailIdentityArn, appUrl: appOrigin },
    userPoolArn: auth.userPoolArn,
  },
  components,
);
const functions = joinFunctionGroups(identityTriggers.functions, websocketHandlers.functions, application.functions);

new EventSources(
  'event-sources',
  {
    functions,
    tables: data.tables,
    queues: queues.queues,
    streamFailureQueues: queues.streamFailureQueues,
    buckets: storage.buckets,
  },
  components,
);
const restApi = new RestApi(
  'rest-api',
  {
    environment: env,
    functions,
    userPoolArn: auth.userPoolArn,
    allowedOrigin: appOrigin,
    throttle: config.apiThrottle,
    logRetentionDays: config.logRetentionDays,
  },
  components,
);
new Schedule('schedule', { environment: env, functions }, components);
const observability = new Observability(
  'observability',
  {
    environment: env,
    region: config.region,
    accountId,
    alarmEmail: config.alarmEmail,
    websocketApiId: websocket.apiId,
    accountConcurrencyLimit: config.accountConcurrencyLimit,
    // Workspace tokens expire after 30 days; a new month's deploy mints a new one.
    grafana: config.grafanaEnabled ? { tokenRotation: new Date().toISOString().slice(0, 7), groups: config.grafanaGroups } : undefined,
  },
  components,
);

export const environment = env;
export const region = config.region;
export const appUrl = appOrigin;
export const restApiUrl = restApi.url;
export const websocketUrl = websocket.url;
export const userPoolId = auth.userPoolId;
export const userPoolClientId = auth.clientId;
export const uiBucketName = storage.buckets.ui.name;
export const docsBucketName = storage.buckets.docs.name;
export const uploadBucketName = storage.buckets.upload.name;
export const artifactBucketName = storage.buckets.api.name;
export const uiDistributionId = edge.ui.distributionId;
export const uiDistributionDomain = edge.ui.domainName;
export const docsDistributionId = edge.docs.distributionId;
export const docsDistributionDomain = edge.docs.domainName;
export const deployHookFunctions = DEPLOY_HOOKS.map((fn) => functionName(env, fn));
export const operationsDashboard = observability.dashboardName;
export const alarmTopicArn = observability.topicArn;
export const warningTopicArn = observability.warningTopicArn;
export const grafanaEndpoint = observability.grafanaEndpoint;
export const stripePriceIds = pulumi.output(billing.priceIds);
