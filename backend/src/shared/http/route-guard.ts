import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Request } from 'express';
import { findRoute, isWriteRequest } from '../../catalogue';
import { runtimeConfig } from '../config';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { isRevoked } from '../identity/revoked-identities';
import { callerFromClaims } from './caller';
import { currentClaims } from './invocation-context';
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
    // A deleted account's tokens stay signed until they expire; its tombstone refuses them now.
    if (await isRevoked(caller.userId)) throw new UnauthenticatedError('This account was deleted');
    if (route.auth === 'admin' && caller.email !== runtimeConfig().adminEmail) {
      throw new ForbiddenError('Only the administrator can do this');
    }
    if (isWriteRequest(route, request.body)) await this.moduleRef.get(WriteAccess, { strict: false }).assertMayWrite(caller);
    return true;
  }
}
