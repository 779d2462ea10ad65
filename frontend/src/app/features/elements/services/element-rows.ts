import { Injector, inject, signal } from '@angular/core';
import { focusAfterRender } from '../../../shared/ui/focus';
import { ElementKind, PickableElement } from './element-catalogue';
import { ElementPickerService } from './element-picker.service';

/** One element a form edits: a dose product, a program element or a measured test. */
export interface ElementRow {
  readonly key: string;
  readonly elementId: string;
  readonly name: string;
}

/**
 * The element rows of a dose, program or manual-test form. Elements come from the drawer's picker
 * (one row each); focus moves to the new row's first field, or back to the add button. Field ids
 * are `<idPrefix>-<key>-<field>`. Create in an injection context.
 *
 * @example
 * protected readonly rows = new ElementRows<DoseRow>('dose', 'dose-row', (element) => ({ … }));
 * await this.rows.pick(tankId, 'amount');
 */
export class ElementRows<T extends ElementRow> {
  private readonly picker = inject(ElementPickerService);
  private readonly injector = inject(Injector);
  private readonly list = signal<readonly T[]>([]);
  private created = 0;

  readonly rows = this.list.asReadonly();

  constructor(
    private readonly kind: ElementKind,
    private readonly idPrefix: string,
    private readonly rowFor: (element: PickableElement) => Omit<T, 'key'>,
  ) {}

  /** What every field id of a row starts with. */
  rowPrefix(key: string): string {
    return `${this.idPrefix}-${key}`;
  }

  /** The id of a row's field. */
  id(key: string, field: string): string {
    return `${this.rowPrefix(key)}-${field}`;
  }

  /** The id of the button that adds a row; focus returns there when a row goes. */
  get addButtonId(): string {
    return `${this.idPrefix}-add`;
  }

  /** Lets the keeper pick an element not in the form yet and adds it, focusing `field` of the new row. */
  async pick(tankId: string, field: string): Promise<void> {
    const element = await this.picker.pick({
      kind: this.kind,
      tankId,
      chosenIds: this.list().map((row) => row.elementId),
    });
    if (!element) return;
    this.addAll([this.rowFor(element)], field);
  }

  /** Adds a row and answers its key. */
  add(row: Omit<T, 'key'>): string {
    const key = String(++this.created);
    this.list.update((rows) => [...rows, { ...row, key } as T]);
    return key;
  }

  /** Adds rows (a template's, say) and focuses `field` of the first of them. */
  addAll(rows: readonly Omit<T, 'key'>[], field: string): void {
    const keys = rows.map((row) => this.add(row));
    if (keys[0]) this.focus(this.id(keys[0], field));
  }

  /** Puts these rows in the form instead of what it holds. */
  replace(rows: readonly Omit<T, 'key'>[]): void {
    this.list.set([]);
    for (const row of rows) this.add(row);
  }

  update(key: string, change: Partial<Omit<T, 'key'>>): void {
    this.list.update((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  /** Takes the row out and gives focus to the add button. */
  remove(key: string): void {
    this.list.update((rows) => rows.filter((row) => row.key !== key));
    this.focus(this.addButtonId);
  }

  /** Focuses the element with this id once the page has rendered. */
  private focus(id: string): void {
    focusAfterRender(this.injector, id);
  }
}
