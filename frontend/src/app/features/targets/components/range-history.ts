import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { rangeText } from '../services/range-input';
import { RangeVersion } from '../services/target-range.model';

/** An element's saved custom ranges, newest first, with the dates each was in use. */
@Component({
  selector: 'ram-range-history',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @if (versions().length === 0) {
      <p class="text-sm text-reef-700">
        No custom range saved yet; {{ name() }} has always used the default.
      </p>
    } @else {
      <ol class="space-y-2 text-sm" [attr.aria-label]="'Range versions of ' + name()">
        @for (version of versions(); track version.version) {
          <li class="text-reef-800" data-testid="range-version">
            <span class="font-medium text-reef-900">Version {{ version.version }}:</span>
            {{ text(version) }}
            <span class="text-reef-600"
              >· from {{ version.activeFrom | date: 'd MMM y' }}
              @if (version.activeTo) {
                to {{ version.activeTo | date: 'd MMM y' }}
              } @else {
                <span class="font-medium text-lagoon-800">(in use)</span>
              }
            </span>
          </li>
        }
      </ol>
    }
  `,
})
export class RangeHistory {
  readonly name = input.required<string>();
  readonly unit = input.required<string>();
  readonly history = input.required<readonly RangeVersion[]>();

  protected readonly versions = computed(() =>
    [...this.history()].sort((a, b) => b.version - a.version),
  );

  protected text(version: RangeVersion): string {
    return rangeText(version, this.unit());
  }
}
