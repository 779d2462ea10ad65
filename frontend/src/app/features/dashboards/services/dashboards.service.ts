import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { FORM_STATUSES, Outcome, outcomeOf, readState } from '../../../core/api/api-outcome';
import { Handoff } from '../../../shared/handoff';
import { LoadState } from '../../../shared/load-state';
import { Dashboard, DashboardChart, DashboardList } from './dashboard.model';

/** A Basic keeper's second dashboard is refused with 403; the editor shows why. */
const SAVE_STATUSES = [...FORM_STATUSES, 403];

/** The selected tank's saved dashboards and its default one: list, save, delete. */
@Injectable({ providedIn: 'root' })
export class DashboardsService {
  private readonly api = inject(ApiClient);
  /** A new dashboard's id, left by the editor that saved it for the editor that opens it next. */
  readonly justSaved = new Handoff<true>();

  list(tankId: string): Observable<LoadState<DashboardList>> {
    return readState(
      this.api.post<DashboardList>('/user/dashboard', { tankId }),
      'Your dashboards could not be loaded.',
    );
  }

  save(
    tankId: string,
    dashboard: { dashboardId?: string; name: string; charts: readonly DashboardChart[] },
  ): Promise<Outcome<Dashboard>> {
    return outcomeOf(
      this.api.post<{ dashboard: Dashboard }>(
        '/user/dashboard/save',
        { tankId, ...dashboard },
        { handles: SAVE_STATUSES },
      ),
      SAVE_STATUSES,
    ).then((outcome) => (outcome.ok ? { ok: true, value: outcome.value.dashboard } : outcome));
  }

  remove(tankId: string, dashboardId: string): Promise<Outcome<unknown>> {
    return outcomeOf(
      this.api.post('/user/dashboard/delete', { tankId, dashboardId }, { handles: FORM_STATUSES }),
    );
  }
}
