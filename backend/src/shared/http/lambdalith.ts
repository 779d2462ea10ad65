import 'reflect-metadata';
import serverlessExpress from '@codegenie/serverless-express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  type ArgumentMetadata,
  BadRequestException,
  type INestApplication,
  type LoggerService,
  type Type,
  ValidationPipe,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context, Handler } from 'aws-lambda';
import { runtimeConfig } from '../config';
import { logger } from '../observability';
import { ApiExceptionFilter } from './api-exception.filter';
import { parseAllowedOrigins, withCors } from './cors';
import { runWithInvocation } from './invocation-context';
import { nestedShapeErrors } from './nested-shape';
import { type PolicyRefusal, REQUEST_LIMITS, checkApiRequest } from './request-policy';
import { LiveAccountInterceptor } from './live-account.interceptor';
import { RouteGuard } from './route-guard';
import { API_SECURITY_HEADERS } from './security-headers';

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

/**
 * class-validator's checks plus the one it lacks: a field validated as a nested object must hold an
 * object (or a list of objects), never `[]` or `[[]]`, so no malformed value reaches a service.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype) {
      const errors = nestedShapeErrors(metadata.metatype, value);
      if (errors.length) throw new BadRequestException(errors);
    }
    return super.transform(value, metadata);
  }
}

/** The validation every request body goes through: unknown fields and wrong types are a 400. */
export const requestValidation = new RequestValidationPipe({
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
    { provide: APP_INTERCEPTOR, useClass: LiveAccountInterceptor },
  ],
})
export class HttpPlatformModule {}

/** Creates and initialises the Nest application of a lambdalith (also used by tests). */
export async function createHttpApplication(rootModule: Type<unknown>): Promise<INestApplication> {
  runtimeConfig(); // fail fast on missing configuration
  // rawBody: the Stripe webhook's signature covers the exact bytes sent, so they are kept beside the parsed body.
  const app = await NestFactory.create<NestExpressApplication>(rootModule, {
    logger: new NestLogAdapter(),
    bodyParser: true,
    rawBody: true,
  });
  app.disable('x-powered-by');
  // Behind the request policy, so the parser's own limit only matters for a caller that skips it (tests).
  app.useBodyParser('json', { limit: REQUEST_LIMITS.maxBodyBytes });
  app.useGlobalPipes(requestValidation);
  await app.init();
  return app;
}

type ProxyHandler = Handler<APIGatewayProxyEvent, APIGatewayProxyResult>;

/** The answer to a request the policy refuses, shaped like every other 4xx of the API. */
export function refusalResult(refusal: PolicyRefusal): APIGatewayProxyResult {
  return {
    statusCode: refusal.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...API_SECURITY_HEADERS },
    body: JSON.stringify({ message: refusal.message, code: refusal.code, ...(refusal.field ? { field: refusal.field } : {}) }),
  };
}

/** Every answer carries the API's security headers; the controller's own headers win where they overlap. */
function withSecurityHeaders(result: APIGatewayProxyResult): APIGatewayProxyResult {
  const own = new Set([...Object.keys(result.headers ?? {}), ...Object.keys(result.multiValueHeaders ?? {})].map((k) => k.toLowerCase()));
  const added = Object.fromEntries(Object.entries(API_SECURITY_HEADERS).filter(([k]) => !own.has(k)));
  const headers = { ...(result.headers ?? {}), ...added };
  delete (headers as Record<string, unknown>)['x-powered-by'];
  return { ...result, headers };
}

function rawBodyOf(event: APIGatewayProxyEvent): string | null {
  if (event.body === null || event.body === undefined) return null;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/**
 * The Lambda handler of an HTTP lambdalith: the Nest app is built once per container and cached;
 * every invocation runs with its API Gateway event in scope so guards and the error filter see it.
 */
export function lambdalith(rootModule: Type<unknown>): (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult> {
  let ready: Promise<ProxyHandler> | undefined;
  const allowedOrigins = parseAllowedOrigins(process.env.ALLOWED_ORIGINS);
  const boot = async (): Promise<ProxyHandler> => {
    const started = performance.now();
    const app = await createHttpApplication(rootModule);
    // Once per container: how long Nest took, and whether V8 took the artifact's code cache.
    logger.info('Cold start', { bootMs: Math.round(performance.now() - started), codeCache: process.env.RAM_CODE_CACHE ?? 'none' });
    return serverlessExpress({ app: app.getHttpAdapter().getInstance(), resolutionMode: 'PROMISE' }) as ProxyHandler;
  };
  return async (event, context) => {
    // The request policy runs before Nest, so a refused body never reaches a parser or a controller.
    const checked = checkApiRequest(event.headers as Record<string, string | undefined>, rawBodyOf(event));
    if (!checked.ok) return withCors(refusalResult(checked.refusal), event, allowedOrigins);
    ready ??= boot().catch((error: unknown) => {
      ready = undefined; // a failed boot is retried by the next invocation
      throw error;
    });
    const handle = await ready;
    const result = await runWithInvocation(
      { event, context },
      () => handle(event, context, () => undefined) as Promise<APIGatewayProxyResult>,
    );
    return withCors(withSecurityHeaders(result), event, allowedOrigins);
  };
}
