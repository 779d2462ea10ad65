import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { findRoute } from '../../catalogue';
import { runtimeConfig } from '../config';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { callerFromClaims } from './caller';
import { currentClaims } from './invocation-context';

/**
 * Enforces the catalogue's auth level for every route, so it cannot drift from what API Gateway is
 * configured with: `user` needs verified claims, `admin` needs the bootstrap admin, `none` is open.
 */
@Injectable()
export class RouteGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const route = findRoute(request.method, request.path);
    if (!route || route.auth === 'none') return true;
    const caller = callerFromClaims(currentClaims());
    if (!caller) throw new UnauthenticatedError();
    if (route.auth === 'admin' && caller.email !== runtimeConfig().adminEmail) {
      throw new ForbiddenError('Only the administrator can do this');
    }
    return true;
  }
}
