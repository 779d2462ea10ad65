import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { testPath } from '../../../shared/tests/test-links';
import { statusLook } from '../../icp/services/element-view';
import { ElementTable, elementTableCsv } from '../services/element-table';

/** Elements as rows, tests as columns, each reading coloured by the status the API gave it; as CSV too. */
@Component({
  selector: 'ram-element-table-view',
  imports: [DatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @if (table().rows.length === 0) {
      <p class="text-sm text-reef-700">No evaluated readings on this page of tests.</p>
    } @else {
      <div class="flex flex-wrap items-center justify-between gap-2">
        <p class="text-sm text-reef-700">
          {{ table().rows.length }} elements across {{ table().columns.length }} tests, newest
          first. Each row is in the unit of its newest reading.
        </p>
        <a
          class="btn-secondary"
          [href]="csvHref()"
          [attr.download]="fileName()"
          data-testid="element-table-csv"
          >Download CSV</a
        >
      </div>
      <div class="mt-3 max-h-[70dvh] overflow-auto rounded-xl border border-reef-100">
        <table class="min-w-full text-left text-sm" data-testid="element-table">
          <thead class="sticky top-0 z-10 bg-reef-50 text-reef-700">
            <tr>
              <th scope="col" class="sticky left-0 bg-reef-50 px-3 py-2 font-medium">Element</th>
              @for (column of table().columns; track column.testId) {
                <th scope="col" class="px-3 py-2 font-medium whitespace-nowrap">
                  <a
                    class="text-lagoon-800 underline"
                    [routerLink]="path(column.kind, column.testId)"
                  >
                    {{ column.date | date: 'd MMM y' }}
                  </a>
                  <span class="block text-xs font-normal">{{ column.label }}</span>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table().rows; track row.elementId) {
              <tr class="border-t border-reef-100">
                <th
                  scope="row"
                  class="sticky left-0 bg-white px-3 py-1.5 font-medium whitespace-nowrap text-reef-900"
                >
                  {{ row.name }} <span class="font-normal text-reef-600">{{ row.unit }}</span>
                </th>
                @for (cell of row.cells; track $index) {
                  <td class="px-3 py-1.5 tabular-nums whitespace-nowrap">
                    @if (cell) {
                      <span
                        class="rounded px-1.5 py-0.5"
                        [class]="look(cell.status).badge"
                        [attr.title]="look(cell.status).label"
                        >{{ cell.text }}</span
                      >
                      <span class="sr-only">{{ look(cell.status).label }}</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class ElementTableView {
  readonly table = input.required<ElementTable>();
  readonly tankName = input('tank');

  protected readonly path = testPath;
  protected readonly look = statusLook;
  protected readonly csvHref = computed(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(elementTableCsv(this.table()))}`,
  );
  protected readonly fileName = computed(() => {
    const newest = this.table().columns[0]?.date ?? 'tests';
    return `${this.tankName()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .toLowerCase()}-elements-${newest}.csv`;
  });
}
