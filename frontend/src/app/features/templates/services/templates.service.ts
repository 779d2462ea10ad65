import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { FORM_STATUSES, Outcome, outcomeOf, readState } from '../../../core/api/api-outcome';
import { LoadState } from '../../../shared/load-state';
import { EntryTemplate, TemplateSave, TemplateType } from './template';

/** Lists, saves and deletes a tank's entry templates (`/user/template*`). */
@Injectable({ providedIn: 'root' })
export class TemplatesService {
  private readonly api = inject(ApiClient);

  /** The tank's templates of `type` (all types without it), latest edit first. */
  list(tankId: string, type?: TemplateType): Observable<LoadState<EntryTemplate[]>> {
    return readState(
      this.api
        .post<{ templates?: EntryTemplate[] }>('/user/template', {
          tankId,
          ...(type ? { type } : {}),
        })
        .pipe(map((answer) => answer.templates ?? [])),
      'The templates could not be loaded.',
    );
  }

  /** Creates a template (no `templateId`) or replaces one. */
  save(template: TemplateSave): Promise<Outcome<EntryTemplate>> {
    return outcomeOf(
      this.api
        .post<{ template: EntryTemplate }>('/user/template/save', template, {
          handles: FORM_STATUSES,
        })
        .pipe(map((answer) => answer.template)),
    );
  }

  delete(tankId: string, templateId: string): Promise<Outcome<{ templateId: string }>> {
    return outcomeOf(
      this.api.post<{ templateId: string; deleted: boolean }>(
        '/user/template/delete',
        { tankId, templateId },
        { handles: [404] },
      ),
      [404],
    );
  }
}
