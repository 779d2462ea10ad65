import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Tank } from '../../../shared/tanks/tank';
import { dosingMethodLabel, labLabel } from '../../../shared/tanks/tank-options';
import { ElementKind } from '../../elements/services/element-catalogue';

/** Where the keeper looks up what their lab measures and what their dosing method offers. */
@Component({
  selector: 'ram-tank-catalogue-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <section class="card" aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading" class="text-lg font-semibold text-reef-900">
        What RaM tracks for {{ tank().name }}
      </h2>
      <div class="mt-4 grid gap-3 sm:grid-cols-2">
        @for (option of options(); track option.kind) {
          <button
            type="button"
            class="flex min-h-11 items-center gap-3 rounded-xl border border-reef-200 p-3 text-left hover:border-lagoon-400 hover:bg-lagoon-50"
            (click)="browseRequested.emit(option.kind)"
          >
            <span
              class="flex size-10 shrink-0 items-center justify-center rounded-lg bg-lagoon-100 text-lagoon-800"
              aria-hidden="true"
            >
              <svg viewBox="0 0 20 20" class="size-5 fill-current">
                <path [attr.d]="option.icon" />
              </svg>
            </span>
            <span class="min-w-0">
              <span class="block font-medium text-reef-900">{{ option.label }}</span>
              <span class="block text-sm text-reef-600">{{ option.source }}</span>
            </span>
          </button>
        }
      </div>
    </section>
  `,
})
export class TankCatalogueCard {
  readonly tank = input.required<Tank>();
  readonly browseRequested = output<ElementKind>();

  protected readonly options = computed(() => [
    {
      kind: 'test' as const,
      label: 'Test elements',
      source: `Hobby tests and the ${labLabel(this.tank().defaultLab)} panel`,
      icon: 'M7 2h6v2h-1v4.5l4.7 7.6A2 2 0 0 1 15 19H5a2 2 0 0 1-1.7-2.9L8 8.5V4H7V2Zm3 2v5.1L7.7 13h4.6L10 9.1V4Z',
    },
    {
      kind: 'dose' as const,
      label: 'Dose products',
      source: dosingMethodLabel(this.tank().dosingMethod),
      icon: 'M10 2.5s-5.5 6-5.5 9.7a5.5 5.5 0 0 0 11 0C15.5 8.5 10 2.5 10 2.5Zm-2.8 9.7h1.6a1.2 1.2 0 0 0 1.2 1.2v1.6a2.8 2.8 0 0 1-2.8-2.8Z',
    },
  ]);
}
