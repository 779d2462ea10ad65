import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { type Observable, catchError, from, mergeMap } from 'rxjs';
import { assertAccountLive, pendingLiveAccountCheck } from './live-account';

/**
 * Holds back the answer of a read whose tombstone check the route guard only started (see
 * live-account.ts): a deleted account's request ends in 401 whether the read succeeded or failed.
 */
@Injectable()
export class LiveAccountInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const sub = pendingLiveAccountCheck();
    if (!sub) return next.handle();
    return next.handle().pipe(
      mergeMap(async (value: unknown) => {
        await assertAccountLive(sub);
        return value;
      }),
      catchError((error: unknown) => from(assertAccountLive(sub).then(() => Promise.reject(error)))),
    );
  }
}
