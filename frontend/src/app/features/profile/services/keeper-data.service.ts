import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../../core/api/api-client';
import { type Outcome, outcomeOf } from '../../../core/api/api-outcome';

/** One tank's alert preferences, as `POST /user/alerts` answers them. */
export interface AlertPreferences {
  readonly tankId: string;
  /** False until the keeper saved: these are the defaults (critical readings only). */
  readonly saved: boolean;
  readonly reportFinished: boolean;
  readonly critical: boolean;
  readonly outOfRange: boolean;
  readonly weeklySummary: boolean;
}

export type AlertChoices = Pick<
  AlertPreferences,
  'reportFinished' | 'critical' | 'outOfRange' | 'weeklySummary'
>;

/** The CSV export: a ZIP in base64. */
interface CsvExport {
  readonly fileName: string;
  readonly contentType: string;
  readonly base64: string;
}

/** A file the browser saves. */
export interface DownloadFile {
  readonly fileName: string;
  readonly blob: Blob;
}

/** The keeper's own data: alert preferences, export, and deleting the account. */
@Injectable({ providedIn: 'root' })
export class KeeperDataService {
  private readonly api = inject(ApiClient);

  async alertsOf(tankId: string): Promise<Outcome<AlertPreferences>> {
    const outcome = await outcomeOf(
      this.api.post<{ preferences: AlertPreferences }>(
        '/user/alerts',
        { tankId, action: 'GET' },
        { handles: [400, 404] },
      ),
      [400, 404],
    );
    return outcome.ok ? { ok: true, value: outcome.value.preferences } : outcome;
  }

  async saveAlerts(tankId: string, preferences: AlertChoices): Promise<Outcome<AlertPreferences>> {
    const outcome = await outcomeOf(
      this.api.post<{ preferences: AlertPreferences }>(
        '/user/alerts',
        { tankId, action: 'SAVE', preferences },
        { handles: [400, 404] },
      ),
      [400, 404],
    );
    return outcome.ok ? { ok: true, value: outcome.value.preferences } : outcome;
  }

  /** Everything the keeper keeps in RaM, as a JSON file or a ZIP of CSV files. */
  async export(format: 'json' | 'csv'): Promise<Outcome<DownloadFile>> {
    if (format === 'json') {
      const outcome = await outcomeOf(
        this.api.post<{ exportedAt: string }>('/user/export', { format }),
      );
      if (!outcome.ok) return outcome;
      const fileName = `reef-a-matic-export-${outcome.value.exportedAt.slice(0, 10)}.json`;
      return {
        ok: true,
        value: {
          fileName,
          blob: new Blob([JSON.stringify(outcome.value, null, 2)], { type: 'application/json' }),
        },
      };
    }
    const outcome = await outcomeOf(this.api.post<CsvExport>('/user/export', { format }));
    if (!outcome.ok) return outcome;
    const bytes = Uint8Array.from(atob(outcome.value.base64), (c) => c.charCodeAt(0));
    return {
      ok: true,
      value: {
        fileName: outcome.value.fileName,
        blob: new Blob([bytes], { type: outcome.value.contentType }),
      },
    };
  }

  /**
   * Deletes the account and everything in it, ending a Stripe subscription first; refused (400)
   * unless the email matches. When Stripe cannot be reached (502) the banner gives the reference.
   */
  deleteAccount(confirmEmail: string): Promise<Outcome<{ deleted: true }>> {
    return outcomeOf(
      this.api.post<{ deleted: true }>('/user/delete', { confirmEmail }, { handles: [400] }),
      [400],
    );
  }
}

/** Hands a file to the browser to save. */
export function saveFile(document: Document, file: DownloadFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
