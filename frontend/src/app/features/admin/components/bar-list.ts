import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { barShares } from '../services/admin-format';

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

/** A horizontal bar chart as a list: each row's label, its figure, and a bar scaled to the largest. */
@Component({
  selector: 'ram-bar-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <h3 class="text-sm font-semibold text-reef-800">{{ heading() }}</h3>
    @if (bars().length === 0) {
      <p class="mt-2 text-sm text-reef-600">{{ emptyText() }}</p>
    } @else {
      <ul class="mt-2 space-y-2" [attr.aria-label]="heading()">
        @for (bar of rows(); track bar.label) {
          <li class="text-sm">
            <div class="flex justify-between gap-2">
              <span class="truncate text-reef-800">{{ bar.label }}</span>
              <span class="font-medium text-reef-900 tabular-nums">{{ bar.text }}</span>
            </div>
            <div class="mt-1 h-2 rounded-full bg-reef-100" aria-hidden="true">
              <div class="h-2 rounded-full bg-lagoon-600" [style.width.%]="bar.share"></div>
            </div>
          </li>
        }
      </ul>
    }
  `,
})
export class BarList {
  readonly heading = input.required<string>();
  readonly bars = input.required<readonly Bar[]>();
  readonly emptyText = input('Nothing to show yet.');

  protected readonly rows = computed(() => {
    const shares = barShares(this.bars().map((b) => b.value));
    return this.bars().map((bar, i) => ({ ...bar, share: shares[i] }));
  });
}
