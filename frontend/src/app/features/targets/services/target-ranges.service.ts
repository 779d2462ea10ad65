import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, firstValueFrom, map, of, startWith } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { apiProblemFrom } from '../../../core/errors/api-problem';
import { LoadState } from '../../../shared/load-state';
import { RangeBounds, TankRangeList } from './target-range.model';

/** A SAVE or RESET: the tank's new list, or the server's words on why not (a 400), or a failure the banner shows. */
export type RangeChangeResult =
  | { readonly changed: true; readonly list: TankRangeList }
  | { readonly changed: false; readonly message?: string };

const PATH = '/user/target-ranges';

/** Reads and changes a tank's target ranges through `POST /user/target-ranges`. */
@Injectable({ providedIn: 'root' })
export class TargetRangesService {
  private readonly api = inject(ApiClient);

  /** The tank's ranges, starting with `loading`. */
  list(tankId: string): Observable<LoadState<TankRangeList>> {
    return this.api.post<TankRangeList>(PATH, { action: 'LIST', tankId }).pipe(
      map((list): LoadState<TankRangeList> => ({ status: 'ready', value: list })),
      startWith<LoadState<TankRangeList>>({ status: 'loading' }),
      catchError(() => of<LoadState<TankRangeList>>({ status: 'failed', message: 'failed' })),
    );
  }

  /** Makes `bounds` the element's custom range, as a new version. */
  save(tankId: string, elementId: string, bounds: RangeBounds): Promise<RangeChangeResult> {
    return this.change({ action: 'SAVE', tankId, elementId, ...bounds });
  }

  /** Ends the element's custom range so the method default applies again. */
  reset(tankId: string, elementId: string): Promise<RangeChangeResult> {
    return this.change({ action: 'RESET', tankId, elementId });
  }

  private async change(body: object): Promise<RangeChangeResult> {
    try {
      const list = await firstValueFrom(
        this.api.post<TankRangeList>(PATH, body, { handles: [400] }),
      );
      return { changed: true, list };
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 400) {
        return { changed: false, message: apiProblemFrom(error).message };
      }
      return { changed: false };
    }
  }
}
