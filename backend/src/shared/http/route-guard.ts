import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request } from 'express';
import { READ_ONLY_ROUTES, findRoute, isWriteRequest } from '../../catalogue';
import { runtimeConfig } from '../config';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { callerFromClaims } from './caller';
import { currentClaims } from './invocation-context';
import { assertAccountLive, beginLiveAccountCheck } from './live-account';
import { WriteAccess } from './write-access';

/**
 * Enforces the catalogue's auth level for every route, so it cannot drift from what API Gateway is
 * configured with: `user` needs verified claims of an account that was not deleted, `admin` needs the
 * bootstrap admin, `none` is open. Requests that write (the catalogue's `writes`) also need
 * `WriteAccess`; a lambdalith without it fails closed.
 */
@Injectable()
export class RouteGuard implements CanActivate {
  constructor(private readonly moduleRef: ModuleRef) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const route = findRoute(request.method, request.path);
    if (!route || route.auth === 'none') return true;
    const caller = callerFromClaims(currentClaims());
    if (!caller) throw new UnauthenticatedError();
    // A deleted account's tokens stay signed until they expire; its tombstone refuses them now (for
    // the busiest reads beside the read itself, see live-account.ts).
    if (READ_ONLY_ROUTES.has(route.path)) beginLiveAccountCheck(caller.userId);
    else await assertAccountLive(caller.userId);
    if (route.auth === 'admin' && caller.email !== runtimeConfig().adminEmail) {
      throw new ForbiddenError('Only the administrator can do this');
    }
    if (isWriteRequest(route, request.body)) await this.moduleRef.get(WriteAccess, { strict: false }).assertMayWrite(caller);
    return true;
  }
}
