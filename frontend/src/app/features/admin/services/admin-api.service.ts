import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { FORM_STATUSES, Outcome, outcomeOf } from '../../../core/api/api-outcome';
import {
  Costs,
  ErrorPage,
  FeedbackPage,
  FriendGrant,
  Overview,
  PdfCost,
  Setting,
} from './admin.model';

/** The admin console's calls; refusals a tab explains itself come back as outcomes. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly api = inject(ApiClient);

  overview(query: { search?: string; cursor?: string }): Observable<Overview> {
    return this.api.post<Overview>('/user/admin/overview', query);
  }

  costs(range: { from?: string; to?: string } = {}): Observable<Costs> {
    return this.api.post<Costs>('/user/admin/costs', range);
  }

  pdfCost(testId: string): Promise<Outcome<{ pdf: PdfCost }>> {
    return outcomeOf(this.api.post('/user/admin/costs', { testId }, { handles: FORM_STATUSES }));
  }

  config(): Observable<{ settings: Setting[] }> {
    return this.api.post<{ settings: Setting[] }>('/user/admin/config', {});
  }

  saveSetting(key: string, value: number | string): Promise<Outcome<{ setting: Setting }>> {
    return outcomeOf(
      this.api.post('/user/admin/config/save', { key, value }, { handles: FORM_STATUSES }),
    );
  }

  errors(query: { cursor?: string; operation?: string }): Observable<ErrorPage> {
    return this.api.post<ErrorPage>('/user/admin/errors', query);
  }

  errorByReference(referenceId: string): Promise<Outcome<ErrorPage>> {
    return outcomeOf(
      this.api.post('/user/admin/errors', { referenceId }, { handles: FORM_STATUSES }),
    );
  }

  clearErrors(
    referenceIds: readonly string[],
  ): Promise<Outcome<{ cleared: string[]; notFound: string[] }>> {
    return outcomeOf(
      this.api.post('/user/admin/errors/clear', { referenceIds }, { handles: FORM_STATUSES }),
    );
  }

  feedback(cursor?: string): Observable<FeedbackPage> {
    return this.api.post<FeedbackPage>('/user/admin/feedback', cursor ? { cursor } : {});
  }

  friends(): Observable<{ grants: FriendGrant[] }> {
    return this.api.post<{ grants: FriendGrant[] }>('/user/billing/friend-access', {
      action: 'LIST',
    });
  }

  grantFriend(email: string, note?: string): Promise<Outcome<{ grant: FriendGrant }>> {
    return outcomeOf(
      this.api.post(
        '/user/billing/friend-access',
        { action: 'GRANT', email, ...(note ? { note } : {}) },
        { handles: FORM_STATUSES },
      ),
    );
  }

  revokeFriend(email: string): Promise<Outcome<{ email: string; revoked: boolean }>> {
    return outcomeOf(
      this.api.post(
        '/user/billing/friend-access',
        { action: 'REVOKE', email },
        { handles: FORM_STATUSES },
      ),
    );
  }
}
