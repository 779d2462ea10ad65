import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { switchMap } from 'rxjs';
import { LoadState, readyValue } from '../../../shared/load-state';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import {
  ElementCatalogue,
  ElementKind,
  PickableElement,
  groupElements,
} from '../services/element-catalogue';
import { ElementCatalogueService } from '../services/element-catalogue.service';

/**
 * The drawer's element list for a tank: a search box and the tank's test elements or dose
 * products grouped by kind. Each row is a button that hands the element to `choose`, unless the
 * list is only for browsing. Arrow keys move between rows; Enter in the search box takes the first.
 */
@Component({
  selector: 'ram-element-picker',
  imports: [NgTemplateOutlet, LoadStateFrame, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ram-load-state-frame
      [state]="catalogue()"
      loadingLabel="Loading elements…"
      failedHeading="The element list could not be loaded"
      (retry)="reloads.set(reloads() + 1)"
    >
      @if (ready(); as ready) {
        <p class="text-sm text-reef-700" data-testid="catalogue-source">{{ ready.source }}</p>
        <div class="sticky -top-4 z-10 -mx-4 mt-3 bg-white px-4 py-2">
          <label for="element-search" class="sr-only">Search {{ noun() }}</label>
          <div class="relative">
            <svg
              viewBox="0 0 20 20"
              class="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 fill-reef-500"
              aria-hidden="true"
            >
              <path
                d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l4.15 4.14-1.06 1.06-4.14-4.15A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
              />
            </svg>
            <input
              id="element-search"
              type="search"
              class="field-input mt-0 pl-9"
              autocomplete="off"
              [placeholder]="'Search ' + noun() + ' by name or symbol'"
              aria-controls="element-results"
              aria-describedby="element-count"
              [value]="query()"
              (input)="query.set($any($event.target).value)"
              (keydown.enter)="chooseFirst($event)"
              (keydown.arrowdown)="moveFocus($event, 1)"
            />
          </div>
          <p id="element-count" class="sr-only" aria-live="polite">{{ countText() }}</p>
        </div>

        @if (ready.elements.length === 0) {
          <ram-empty-state
            class="mt-3"
            [heading]="'No ' + noun() + ' for this tank yet'"
            description="Check the tank's dosing method and usual lab on your profile."
          />
        } @else if (groups().length === 0) {
          <ram-empty-state
            class="mt-3"
            [heading]="'Nothing matches “' + query().trim() + '”'"
            description="Try a shorter name or the element's symbol, such as Mg."
          />
        }
        <!-- eslint-disable-next-line @angular-eslint/template/interactive-supports-focus -- arrow keys bubble up from the focusable result buttons inside -->
        <div
          id="element-results"
          class="space-y-4"
          (keydown.arrowdown)="moveFocus($event, 1)"
          (keydown.arrowup)="moveFocus($event, -1)"
        >
          @for (group of groups(); track group.label) {
            <section [attr.aria-label]="group.label">
              <h3
                class="mb-1 flex items-center gap-2 text-xs font-semibold tracking-wide text-reef-600 uppercase"
                aria-hidden="true"
              >
                {{ group.label }}
                <span class="font-normal text-reef-400">{{ group.elements.length }}</span>
              </h3>
              <ul class="divide-y divide-reef-100 rounded-xl border border-reef-100">
                @for (element of group.elements; track element.elementId) {
                  <li>
                    @if (browseOnly()) {
                      <div class="flex items-center gap-3 px-3 py-2.5" data-element>
                        <ng-container
                          [ngTemplateOutlet]="row"
                          [ngTemplateOutletContext]="{ $implicit: element }"
                        />
                      </div>
                    } @else {
                      <button
                        type="button"
                        class="flex w-full items-center gap-3 px-3 py-2.5 text-left hover:bg-lagoon-50 focus-visible:bg-lagoon-50 disabled:cursor-not-allowed disabled:opacity-60"
                        data-element
                        [disabled]="isChosen(element)"
                        (click)="pick(element)"
                      >
                        <ng-container
                          [ngTemplateOutlet]="row"
                          [ngTemplateOutletContext]="{ $implicit: element }"
                        />
                      </button>
                    }
                  </li>
                }
              </ul>
            </section>
          }
        </div>
      }
    </ram-load-state-frame>

    <ng-template #row let-element>
      <span
        class="flex size-9 shrink-0 items-center justify-center rounded-lg bg-reef-100 text-xs font-semibold text-reef-800"
        aria-hidden="true"
        >{{ element.symbol ?? element.name.slice(0, 2) }}</span
      >
      <span class="min-w-0 flex-1">
        <span class="block truncate font-medium text-reef-900">{{ element.name }}</span>
        @if (element.detail) {
          <span class="block truncate text-xs text-reef-600">{{ element.detail }}</span>
        }
      </span>
      @if (isChosen(element)) {
        <span class="shrink-0 text-xs font-medium text-lagoon-800">Added</span>
      } @else {
        <span class="shrink-0 text-xs text-reef-600">{{ element.unit }}</span>
      }
    </ng-template>
  `,
})
export class ElementPicker {
  readonly kind = input.required<ElementKind>();
  readonly tankId = input.required<string>();
  /** Elements already in use; listed as added and not offered again. */
  readonly chosenIds = input<readonly string[]>([]);
  /** Lists the catalogue without offering to pick from it. */
  readonly browseOnly = input(false);
  /** Receives the element the keeper picked. */
  readonly choose = input<((element: PickableElement) => void) | null>(null);
  /** Moves focus to the search box once the list is there (the drawer opens it this way). */
  readonly focusSearch = input(false);

  private readonly catalogues = inject(ElementCatalogueService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly query = signal('');
  protected readonly reloads = signal(0);

  protected readonly catalogue = toSignal(
    toObservable(
      computed(() => ({ kind: this.kind(), tankId: this.tankId(), attempt: this.reloads() })),
    ).pipe(switchMap(({ kind, tankId }) => this.catalogues.catalogue(kind, tankId))),
    { initialValue: { status: 'loading' } as LoadState<ElementCatalogue> },
  );
  protected readonly ready = computed(() => readyValue(this.catalogue()));
  protected readonly groups = computed(() =>
    groupElements(this.ready()?.elements ?? [], this.query()),
  );
  protected readonly noun = computed(() => (this.kind() === 'test' ? 'tests' : 'dose products'));
  protected readonly countText = computed(() => {
    const count = this.groups().reduce((sum, group) => sum + group.elements.length, 0);
    return `${count} ${count === 1 ? 'match' : 'matches'}`;
  });

  constructor() {
    let focused = false;
    afterRenderEffect(() => {
      if (focused || !this.focusSearch() || !this.ready()) return;
      focused = true;
      this.host.nativeElement.querySelector<HTMLElement>('#element-search')?.focus();
    });
  }

  protected isChosen(element: PickableElement): boolean {
    return this.chosenIds().includes(element.elementId);
  }

  protected pick(element: PickableElement): void {
    if (!this.isChosen(element)) this.choose()?.(element);
  }

  protected chooseFirst(event: Event): void {
    event.preventDefault();
    if (this.browseOnly()) return;
    const first = this.groups()
      .flatMap((group) => group.elements)
      .find((element) => !this.isChosen(element));
    if (first) this.pick(first);
  }

  /** Moves focus to the next or previous row; up from the first row returns to the search box. */
  protected moveFocus(event: Event, step: 1 | -1): void {
    const root = this.host.nativeElement;
    const rows = [...root.querySelectorAll<HTMLElement>('button[data-element]:not([disabled])')];
    if (rows.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const index = rows.indexOf(root.ownerDocument.activeElement as HTMLElement);
    if (index === -1) return rows[0].focus();
    const next = index + step;
    if (next < 0) return root.querySelector<HTMLElement>('#element-search')?.focus();
    rows[Math.min(next, rows.length - 1)].focus();
  }
}
