import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

// Created once per container and shared by every module (Powertools' recommended shape).
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'reef-a-matic' });
export const metrics = new Metrics({ namespace: 'ReefAMatic', serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'reef-a-matic' });
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'reef-a-matic' });
