import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../../core/api/api-client';
import { type Outcome, outcomeOf } from '../../../core/api/api-outcome';

/** Characters of CSV the API takes in one import (`MAX_IMPORT_CSV_CHARS` in the backend). */
export const MAX_IMPORT_CHARS = 200_000;

/** One line of the file as the preview shows it. */
export interface ImportRow {
  readonly line: number;
  readonly element: string;
  readonly date?: string;
  readonly value?: number | null;
  readonly unit?: string;
  readonly status: 'ok' | 'error';
  readonly problem?: string;
  readonly elementId?: string;
  readonly name?: string;
  readonly saved?: { readonly value: number | null; readonly unit: string };
  readonly test?: number;
}

export interface ImportSummary {
  readonly readings: number;
  readonly importable: number;
  readonly problems: number;
  readonly tests: number;
}

/** `POST /test/import/preview`: what each line becomes, and the tests a save makes. */
export interface ImportPreview {
  readonly layout: 'long' | 'wide';
  readonly decimal: 'comma' | 'point';
  readonly dateOrder: 'dmy' | 'mdy';
  readonly ignoredColumns: readonly string[];
  readonly rows: readonly ImportRow[];
  readonly tests: readonly {
    readonly kind: 'MANUAL' | 'ICP';
    readonly date: string;
    readonly lab?: string;
  }[];
  readonly summary: ImportSummary;
  /** Set when nothing in the file can be imported. */
  readonly refused?: string;
}

/** `POST /test/import/save`. */
export interface ImportSaved {
  readonly saved: readonly {
    readonly testId: string;
    readonly kind: 'MANUAL' | 'ICP';
    readonly date: string;
    readonly readings: number;
  }[];
  readonly summary: ImportSummary;
  readonly skipped: readonly ImportRow[];
}

// A file RaM cannot read (400), a tank that is gone (404), a body over the request limit (413).
const REFUSALS = [400, 404, 413];

/** Readings from a CSV file into the tank's tests: preview first, then save. */
@Injectable({ providedIn: 'root' })
export class ReadingImportService {
  private readonly api = inject(ApiClient);

  preview(tankId: string, csv: string, fileName: string): Promise<Outcome<ImportPreview>> {
    return outcomeOf(
      this.api.post<ImportPreview>(
        '/test/import/preview',
        { tankId, csv, fileName },
        { handles: REFUSALS },
      ),
      REFUSALS,
    );
  }

  save(tankId: string, csv: string, fileName: string): Promise<Outcome<ImportSaved>> {
    return outcomeOf(
      this.api.post<ImportSaved>(
        '/test/import/save',
        { tankId, csv, fileName },
        { handles: REFUSALS },
      ),
      REFUSALS,
    );
  }
}
