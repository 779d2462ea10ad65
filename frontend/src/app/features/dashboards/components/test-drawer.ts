import { CdkDrag, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { PickableElement, groupElements } from '../../elements/services/element-catalogue';

/**
 * The editor's right-hand drawer of the tank's tests: drag one onto the canvas, or press its Add
 * button (keyboard and touch). The list is a drop source only; nothing can be dropped into it.
 */
@Component({
  selector: 'ram-test-drawer',
  imports: [CdkDropList, CdkDrag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <aside class="card lg:sticky lg:top-4" aria-labelledby="test-drawer-heading">
      <h2 id="test-drawer-heading" class="font-semibold text-reef-900">Tests</h2>
      <p class="mt-1 text-xs text-reef-700">Drag a test onto the canvas, or press Add.</p>
      <label for="test-drawer-search" class="sr-only">Search tests</label>
      <input
        id="test-drawer-search"
        type="search"
        class="field-input mt-2"
        placeholder="Search tests"
        [value]="query()"
        (input)="query.set($any($event.target).value)"
      />
      <div class="mt-2 max-h-[60dvh] overflow-y-auto">
        @for (group of groups(); track group.label) {
          <h3 class="mt-3 text-xs font-semibold tracking-wide text-reef-600 uppercase">
            {{ group.label }}
          </h3>
          <ul
            cdkDropList
            [id]="'test-drawer-' + $index"
            [cdkDropListData]="group.elements"
            [cdkDropListConnectedTo]="[canvasId()]"
            [cdkDropListSortingDisabled]="true"
            [cdkDropListEnterPredicate]="nothingEnters"
            [cdkDropListHasAnchor]="true"
            class="mt-1 space-y-1"
          >
            @for (element of group.elements; track element.elementId) {
              <li
                cdkDrag
                [cdkDragData]="element"
                class="flex cursor-grab items-center gap-2 rounded-lg border border-reef-100 bg-white px-2 py-1.5 text-sm"
                data-testid="drawer-test"
                [attr.data-element-id]="element.elementId"
              >
                <span class="min-w-0 flex-1 truncate text-reef-900">{{ element.name }}</span>
                <span class="text-xs text-reef-600">{{ element.unit }}</span>
                <button
                  type="button"
                  class="rounded-md px-2 py-0.5 text-xs font-medium text-lagoon-800 hover:bg-lagoon-50"
                  [attr.aria-label]="'Add ' + element.name"
                  (click)="added.emit(element.elementId)"
                >
                  Add
                </button>
              </li>
            }
          </ul>
        }
      </div>
    </aside>
  `,
})
export class TestDrawer {
  readonly elements = input.required<readonly PickableElement[]>();
  /** The canvas drop list the tests may be dragged to. */
  readonly canvasId = input.required<string>();
  readonly added = output<string>();

  protected readonly query = signal('');
  protected readonly groups = computed(() => groupElements(this.elements(), this.query()));
  protected readonly nothingEnters = () => false;
}
