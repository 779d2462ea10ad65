import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { Outcome, outcomeOf, readState } from '../../../core/api/api-outcome';
import { LoadState } from '../../../shared/load-state';
import { RangeBounds, TankRangeList } from './target-range.model';

/** A SAVE or RESET: the tank's new list, or the server's words on why not (a 400), or a failure the banner shows. */
export type RangeChangeResult = Outcome<TankRangeList>;

const PATH = '/user/target-ranges';

/** Reads and changes a tank's target ranges through `POST /user/target-ranges`. */
@Injectable({ providedIn: 'root' })
export class TargetRangesService {
  private readonly api = inject(ApiClient);

  /** The tank's ranges, starting with `loading`. */
  list(tankId: string): Observable<LoadState<TankRangeList>> {
    return readState(
      this.api.post<TankRangeList>(PATH, { action: 'LIST', tankId }),
      'The target ranges could not be loaded.',
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

  private change(body: object): Promise<RangeChangeResult> {
    return outcomeOf(this.api.post<TankRangeList>(PATH, body, { handles: [400] }), [400]);
  }
}
