import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { LoadState } from '../../../shared/load-state';
import {
  FORM_STATUSES,
  Outcome,
  outcomeOf,
  readState,
  recordState,
} from '../../../core/api/api-outcome';
import { Handoff } from '../../../shared/handoff';
import { DosingProgram, ProgramSave, ProgramSaved } from './program';

/** The key of the notice the program list shows once (after a delete). */
export const PROGRAM_LIST_NOTICE = 'list';

/** The tank's dosing programs: list, read one, save (create, edit, activate), delete. */
@Injectable({ providedIn: 'root' })
export class ProgramHistoryService {
  private readonly api = inject(ApiClient);
  // A page the keeper is sent to after a save or delete says what happened there.
  private readonly notices = new Handoff<string>();

  list(tankId: string): Observable<LoadState<readonly DosingProgram[]>> {
    return readState(
      this.api
        .post<{ programs: readonly DosingProgram[] }>('/program/history/list', { tankId })
        .pipe(map((answer) => answer.programs)),
      'Your programs could not be loaded.',
    );
  }

  /** One program of the tank; null when the tank has no such program. */
  get(tankId: string, programId: string): Observable<LoadState<DosingProgram | null>> {
    return recordState(
      this.api.post<DosingProgram>('/program/history', { tankId, programId }, { handles: [404] }),
      'The program could not be loaded.',
    );
  }

  save(program: ProgramSave): Promise<Outcome<ProgramSaved>> {
    return outcomeOf(
      this.api.post<ProgramSaved>('/program/history/save', program, { handles: FORM_STATUSES }),
    );
  }

  /** Deletes the program; doses it already logged stay in the history. */
  remove(tankId: string, programId: string): Promise<Outcome<unknown>> {
    return outcomeOf(
      this.api.post('/program/history/delete', { tankId, programId }, { handles: FORM_STATUSES }),
    );
  }

  /** Leaves a sentence for a page to show once: a program's id, or {@link PROGRAM_LIST_NOTICE}. */
  leaveNotice(key: string, text: string): void {
    this.notices.leave(key, text);
  }

  /** The sentence left for `key`, once. */
  takeNotice(key: string): string | null {
    return this.notices.take(key);
  }
}
