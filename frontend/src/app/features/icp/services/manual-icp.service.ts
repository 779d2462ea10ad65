import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { FORM_STATUSES, Outcome, outcomeOf } from '../../../core/api/api-outcome';
import { ManualIcpPanelRow, ManualIcpRow } from './manual-icp-entry';

export interface ManualIcpInput {
  readonly lab: string;
  readonly analysisNumber: string;
  readonly sampleDate: string;
  readonly replacesTestId?: string;
  readonly elements: readonly ManualIcpRow[];
}

/** The manual entry form's calls: a lab's panel, and saving the typed report. */
@Injectable({ providedIn: 'root' })
export class ManualIcpService {
  private readonly api = inject(ApiClient);

  panel(tankId: string, lab: string): Observable<{ lab: string; elements: ManualIcpPanelRow[] }> {
    return this.api.post('/test/history/icp/manual/panel', { tankId, lab });
  }

  save(
    tankId: string,
    input: ManualIcpInput,
  ): Promise<Outcome<{ testId: string; status: string }>> {
    return outcomeOf(
      this.api.post('/test/history/icp/manual', { tankId, ...input }, { handles: FORM_STATUSES }),
    );
  }
}
