import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? 'reef-a-matic';

// Created once per container and shared by every module (Powertools' recommended shape).
// The tracer lives in tracing.ts so functions that do not trace do not load the X-Ray SDK.
export const logger = new Logger({ serviceName });
export const metrics = new Metrics({ namespace: 'ReefAMatic', serviceName });
