import { Logger } from '@aws-lambda-powertools/logger';

const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? 'reef-a-matic';

// Created once per container and shared by every module (Powertools' recommended shape). RaM's own
// metrics are written by product-metrics.ts; the tracer lives in tracing.ts and is loaded only by
// aws/sdk-client.ts when a function runs traced in Lambda, so nothing else loads the X-Ray SDK.
export const logger = new Logger({ serviceName });
