import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { dayText } from '../../../shared/tank-calendar';
import { testPath } from '../../../shared/tests/test-links';
import { Notice } from '../../../shared/ui/notice';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import {
  type ImportPreview,
  type ImportRow,
  type ImportSaved,
  MAX_IMPORT_CHARS,
  ReadingImportService,
} from '../services/reading-import.service';

/** A number as the keeper reads it: no float noise. */
const shown = (value: number | null | undefined) =>
  value === null ? 'not detected' : value === undefined ? '' : String(Number(value.toPrecision(6)));

/**
 * `/app/tests/import`: readings from a CSV (RaM's own export, or a lab portal's table) into the
 * tank's tests. The keeper sees every line with what it becomes or why it is left out, then saves.
 */
@Component({
  selector: 'ram-import-page',
  imports: [RouterLink, Notice, SelectedTankFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Import readings</h1>
    <p class="mt-1 max-w-3xl text-reef-700">
      From a CSV file: RaM's own export, one reading per line (date, element, value, unit), or one
      line per test day with a column per element. Commas or semicolons, decimal points or commas,
      dates as 2026-03-14 or 14.03.2026. You see every line before anything is saved.
    </p>

    <ram-selected-tank-frame
      class="mt-6"
      noTankText="Readings belong to a tank. Add one to your profile first."
    >
      @if (tank(); as tank) {
        <section class="card" aria-labelledby="import-file-heading">
          <h2 id="import-file-heading" class="text-lg font-semibold text-reef-900">
            1. Choose the file
          </h2>
          <label for="import-file" class="field-label mt-3">CSV file for {{ tank.name }}</label>
          <input
            id="import-file"
            class="field-input"
            type="file"
            accept=".csv,.txt,text/csv"
            (change)="choose($any($event.target).files?.[0], tank.tankId)"
          />
          @if (reading()) {
            <p class="mt-2 text-sm text-reef-700" role="status">Reading {{ fileName() }}…</p>
          }
          @if (problem(); as problem) {
            <ram-notice class="mt-3" noticeId="import-problem" tone="problem" [text]="problem" />
          }
        </section>

        @if (preview(); as preview) {
          <section class="card mt-6" aria-labelledby="import-preview-heading">
            <h2 id="import-preview-heading" class="text-lg font-semibold text-reef-900">
              2. Check the readings
            </h2>
            <p class="mt-1 text-sm text-reef-800" id="import-summary">{{ summaryText() }}</p>
            @if (preview.ignoredColumns.length > 0) {
              <p class="mt-1 text-sm text-reef-700">
                Columns left aside: {{ preview.ignoredColumns.join(', ') }}.
              </p>
            }
            <div class="mt-4 overflow-x-auto">
              <table class="w-full text-left text-sm" aria-describedby="import-summary">
                <thead class="border-b border-reef-200 text-reef-700">
                  <tr>
                    <th scope="col" class="py-2 pr-3 font-medium">Line</th>
                    <th scope="col" class="py-2 pr-3 font-medium">Date</th>
                    <th scope="col" class="py-2 pr-3 font-medium">Element</th>
                    <th scope="col" class="py-2 font-medium">Saved as</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of preview.rows; track $index) {
                    <tr
                      class="align-top"
                      [class]="row.status === 'error' ? 'bg-coral-50' : 'border-b border-reef-100'"
                      [attr.data-status]="row.status"
                    >
                      <td class="py-2 pr-3 tabular-nums">{{ row.line }}</td>
                      <td class="py-2 pr-3 whitespace-nowrap">
                        {{ row.date ? day(row.date) : '' }}
                      </td>
                      <td class="py-2 pr-3">{{ row.name ?? row.element }}</td>
                      <td class="py-2 tabular-nums">
                        @if (row.status === 'ok') {
                          <span class="whitespace-nowrap">{{ savedText(row) }}</span>
                          @if (entered(row) !== savedText(row)) {
                            <span class="block text-xs text-reef-700">
                              from {{ entered(row) }}</span
                            >
                          }
                        } @else {
                          <span class="whitespace-nowrap text-coral-800 line-through">{{
                            entered(row)
                          }}</span>
                        }
                      </td>
                    </tr>
                    @if (row.status === 'error') {
                      <tr class="border-b border-reef-100 bg-coral-50" data-testid="import-problem">
                        <td colspan="4" class="pb-2 text-sm font-medium text-coral-800">
                          Left out: {{ row.problem }}
                        </td>
                      </tr>
                    }
                  }
                </tbody>
              </table>
            </div>
          </section>

          <section class="card mt-6" aria-labelledby="import-save-heading">
            <h2 id="import-save-heading" class="text-lg font-semibold text-reef-900">3. Save</h2>
            @if (saved(); as saved) {
              <ram-notice class="mt-3" noticeId="import-done" [text]="doneText(saved)" />
              <ul class="mt-3 space-y-1 text-sm">
                @for (test of saved.saved; track test.testId) {
                  <li>
                    <a
                      class="text-lagoon-800 underline underline-offset-2"
                      [routerLink]="link(test.kind, test.testId)"
                    >
                      {{ test.kind === 'ICP' ? 'Lab report' : 'Manual test' }} of
                      {{ day(test.date) }}</a
                    >
                    · {{ test.readings }} {{ test.readings === 1 ? 'reading' : 'readings' }}
                  </li>
                }
              </ul>
              <a routerLink="/app/tests" class="btn-secondary mt-4">Open the tests</a>
            } @else if (preview.refused) {
              <ram-notice
                class="mt-3"
                noticeId="import-refused"
                tone="problem"
                [text]="'Nothing can be saved: ' + preview.refused"
              />
            } @else {
              <p class="mt-1 text-sm text-reef-700">
                Lines marked “Left out” are not saved; fix them in the file and import it again if
                you need them.
              </p>
              <button
                type="button"
                class="btn-primary mt-3"
                [disabled]="saving()"
                (click)="save(tank.tankId)"
              >
                {{ saving() ? 'Saving…' : saveLabel() }}
              </button>
            }
          </section>
        }
      }
    </ram-selected-tank-frame>
  `,
})
export class ImportPage {
  private readonly selection = inject(TankSelection);
  private readonly imports = inject(ReadingImportService);
  protected readonly tank = this.selection.selectedTank;

  protected readonly fileName = signal('');
  private readonly csv = signal('');
  protected readonly reading = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly saved = signal<ImportSaved | null>(null);

  protected readonly summaryText = computed(() => {
    const s = this.preview()?.summary;
    if (!s) return '';
    const tests = `${s.tests} ${s.tests === 1 ? 'test' : 'tests'}`;
    const problems = s.problems === 0 ? 'none left out' : `${s.problems} left out`;
    return `${s.readings} ${s.readings === 1 ? 'reading' : 'readings'} in ${this.fileName()}: ${s.importable} to save in ${tests}, ${problems}.`;
  });
  protected readonly saveLabel = computed(() => {
    const s = this.preview()?.summary;
    return s
      ? `Save ${s.importable} ${s.importable === 1 ? 'reading' : 'readings'} in ${s.tests} ${s.tests === 1 ? 'test' : 'tests'}`
      : 'Save';
  });

  protected day(date: string): string {
    return dayText(date);
  }

  protected async choose(file: File | undefined, tankId: string): Promise<void> {
    this.preview.set(null);
    this.saved.set(null);
    this.problem.set(null);
    if (!file) return;
    this.fileName.set(file.name);
    const text = await file.text();
    if (text.length > MAX_IMPORT_CHARS) {
      this.problem.set(
        `${file.name} is too big for one import (at most ${MAX_IMPORT_CHARS.toLocaleString('en')} characters): split it and import the parts.`,
      );
      return;
    }
    this.csv.set(text);
    this.reading.set(true);
    const outcome = await this.imports.preview(tankId, text, file.name);
    this.reading.set(false);
    if (!outcome.ok)
      return this.problem.set(
        outcome.message ?? 'The file could not be read. Try again in a moment.',
      );
    this.preview.set(outcome.value);
  }

  protected async save(tankId: string): Promise<void> {
    this.saving.set(true);
    const outcome = await this.imports.save(tankId, this.csv(), this.fileName());
    this.saving.set(false);
    if (!outcome.ok)
      return this.problem.set(
        outcome.message ?? 'The readings could not be saved. Try again in a moment.',
      );
    this.saved.set(outcome.value);
  }

  protected entered(row: ImportRow): string {
    return [shown(row.value), row.unit].filter((part) => part).join(' ');
  }

  protected savedText(row: ImportRow): string {
    return row.saved ? `${shown(row.saved.value)} ${row.saved.unit}` : '';
  }

  protected doneText(saved: ImportSaved): string {
    const n = saved.saved.length;
    const readings = saved.saved.reduce((sum, t) => sum + t.readings, 0);
    return `Saved ${readings} ${readings === 1 ? 'reading' : 'readings'} in ${n} ${n === 1 ? 'test' : 'tests'}.`;
  }

  protected link(kind: 'MANUAL' | 'ICP', testId: string): string {
    return testPath(kind, testId);
  }
}
