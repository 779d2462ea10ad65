import 'reflect-metadata';
import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { runtimeConfig } from './config';
import { logger } from './observability';

/**
 * The Nest application context of an event handler (no HTTP), built once per container, so event
 * handlers reach the same domain services the lambdaliths use.
 *
 * @example const service = (await eventContext(SignUpModule)).get(SignUpService);
 */
export function eventContext(rootModule: Type<unknown>): () => Promise<INestApplicationContext> {
  let ready: Promise<INestApplicationContext> | undefined;
  return () => {
    ready ??= (async () => {
      runtimeConfig();
      return NestFactory.createApplicationContext(rootModule, {
        logger: { log: () => undefined, error: (m: unknown) => logger.error(String(m)), warn: (m: unknown) => logger.warn(String(m)) },
      });
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
}
