import 'reflect-metadata';
import serverlessExpress from '@codegenie/serverless-express';
import { type INestApplication, type LoggerService, type Type, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context, Handler } from 'aws-lambda';
import { runtimeConfig } from '../config';
import { logger } from '../observability';
import { ApiExceptionFilter } from './api-exception.filter';
import { parseAllowedOrigins, withCors } from './cors';
import { runWithInvocation } from './invocation-context';
import { RouteGuard } from './route-guard';

/** Nest's own log lines go through the Powertools logger, as JSON like everything else. */
class NestLogAdapter implements LoggerService {
  log(message: unknown): void {
    logger.debug(String(message));
  }
  error(message: unknown, trace?: string): void {
    logger.error(String(message), { trace });
  }
  warn(message: unknown): void {
    logger.warn(String(message));
  }
}

/** The validation every request body goes through: unknown fields and wrong types are a 400. */
export const requestValidation = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  stopAtFirstError: false,
});

@Module({
  providers: [
    { provide: APP_GUARD, useClass: RouteGuard },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
  ],
})
export class HttpPlatformModule {}

/** Creates and initialises the Nest application of a lambdalith (also used by tests). */
export async function createHttpApplication(rootModule: Type<unknown>): Promise<INestApplication> {
  runtimeConfig(); // fail fast on missing configuration
  const app = await NestFactory.create(rootModule, { logger: new NestLogAdapter(), bodyParser: true });
  app.useGlobalPipes(requestValidation);
  await app.init();
  return app;
}

type ProxyHandler = Handler<APIGatewayProxyEvent, APIGatewayProxyResult>;

/**
 * The Lambda handler of an HTTP lambdalith: the Nest app is built once per container and cached;
 * every invocation runs with its API Gateway event in scope so guards and the error filter see it.
 */
export function lambdalith(rootModule: Type<unknown>): (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult> {
  let ready: Promise<ProxyHandler> | undefined;
  const allowedOrigins = parseAllowedOrigins(process.env.ALLOWED_ORIGINS);
  const boot = async (): Promise<ProxyHandler> => {
    const app = await createHttpApplication(rootModule);
    return serverlessExpress({ app: app.getHttpAdapter().getInstance(), resolutionMode: 'PROMISE' }) as ProxyHandler;
  };
  return async (event, context) => {
    ready ??= boot().catch((error: unknown) => {
      ready = undefined; // a failed boot is retried by the next invocation
      throw error;
    });
    const handle = await ready;
    const result = await runWithInvocation({ event, context }, () => handle(event, context, () => undefined) as Promise<APIGatewayProxyResult>);
    return withCors(result, event, allowedOrigins);
  };
}
