import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { filter, firstValueFrom } from 'rxjs';
import { humanizeCode } from '../../../shared/format';
import { LoadState, readyValue } from '../../../shared/load-state';
import { focusAfterRender } from '../../../shared/ui/focus';
import { ElementCatalogueService } from '../../elements/services/element-catalogue.service';
import { ElementCatalogue } from '../../elements/services/element-catalogue';
import {
  EntryTemplate,
  MAX_TEMPLATE_NAME,
  TemplateRowInput,
  TemplateType,
  TemplateElement,
  checkTemplate,
  countText,
  elementsToAdd,
  kindOf,
} from '../services/template';
import { TemplatesService } from '../services/templates.service';

/** A template element to add to a form, with the catalogue's name and unit for its row. */
export interface TemplateElementToAdd {
  readonly element: TemplateElement;
  readonly name: string;
  /** The catalogue's unit of the element ('' when the catalogue lacks it). */
  readonly unit: string;
  /** Other units the catalogue lets a keeper enter a test in. */
  readonly alternateUnits?: readonly string[];
}

/**
 * "Use a template" and "Save as template" for a form's element rows. The tank's templates of the
 * type are read when the menu first opens (the form loads nothing extra until then); choosing one
 * hands the form the elements it lacks. Saving asks for a name and sends the form's rows as they are.
 * Lives inside the form: every button is `type="button"`.
 */
@Component({
  selector: 'ram-template-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <div class="flex flex-wrap gap-2">
      <button
        type="button"
        class="btn-secondary min-h-10 px-3 py-1 text-sm"
        [id]="idPrefix() + '-use'"
        [attr.aria-expanded]="menuOpen()"
        [attr.aria-controls]="idPrefix() + '-menu'"
        (click)="toggleMenu()"
      >
        Use a template
      </button>
      <button
        type="button"
        class="btn-secondary min-h-10 px-3 py-1 text-sm"
        [id]="idPrefix() + '-save'"
        [attr.aria-expanded]="naming()"
        (click)="startNaming()"
      >
        Save as template
      </button>
    </div>

    @if (menuOpen()) {
      <div
        class="mt-2 rounded-xl border border-reef-200 bg-white p-2"
        [id]="idPrefix() + '-menu'"
        role="group"
        aria-label="Templates"
        (keydown.escape)="closeMenu($event)"
      >
        @switch (templates().status) {
          @case ('loading') {
            <p class="p-2 text-sm text-reef-600" role="status">Loading templates…</p>
          }
          @case ('failed') {
            <p class="p-2 text-sm text-coral-800">The templates could not be loaded.</p>
            <button type="button" class="btn-secondary mx-2 mb-2 text-sm" (click)="load()">
              Try again
            </button>
          }
          @default {
            @if (list().length === 0) {
              <p class="p-2 text-sm text-reef-700">
                No templates for this tank yet. Save this form as one, or make one under Templates.
              </p>
            } @else {
              <ul class="space-y-1">
                @for (template of list(); track template.templateId; let first = $first) {
                  <li>
                    <button
                      type="button"
                      class="flex min-h-11 w-full items-center justify-between gap-2 rounded-lg px-3 text-left text-sm hover:bg-reef-100"
                      [id]="first ? idPrefix() + '-first' : null"
                      [attr.data-template]="template.templateId"
                      [disabled]="applying()"
                      (click)="apply(template)"
                    >
                      <span class="min-w-0 truncate font-medium text-reef-900">{{
                        template.name
                      }}</span>
                      <span class="shrink-0 text-reef-600">{{
                        count(template.elements.length)
                      }}</span>
                    </button>
                  </li>
                }
              </ul>
            }
          }
        }
      </div>
    }

    @if (naming()) {
      <div class="mt-2 rounded-xl border border-reef-200 p-3">
        <label [for]="idPrefix() + '-name'" class="field-label">Template name</label>
        <input
          [id]="idPrefix() + '-name'"
          type="text"
          class="field-input"
          autocomplete="off"
          [attr.maxlength]="maxName"
          [value]="name()"
          [attr.aria-invalid]="problem() ? true : null"
          [attr.aria-describedby]="problem() ? idPrefix() + '-problem' : null"
          (input)="name.set($any($event.target).value)"
          (keydown.enter)="save($event)"
          (keydown.escape)="stopNaming($event)"
        />
        @if (problem(); as message) {
          <p [id]="idPrefix() + '-problem'" class="field-error" role="alert">{{ message }}</p>
        }
        <div class="mt-2 flex flex-col gap-2 sm:flex-row">
          <button type="button" class="btn-primary" [disabled]="saving()" (click)="save()">
            {{ saving() ? 'Saving…' : 'Save template' }}
          </button>
          <button type="button" class="btn-secondary" (click)="stopNaming()">Cancel</button>
        </div>
      </div>
    }

    <p class="mt-1 min-h-5 text-sm text-lagoon-800" role="status" [id]="idPrefix() + '-status'">
      {{ status() }}
    </p>
  `,
})
export class TemplateBar {
  readonly tankId = input.required<string>();
  readonly type = input.required<TemplateType>();
  readonly idPrefix = input.required<string>();
  /**
   * The form's rows as a template would hold them (amounts as typed); a template's elements already
   * among them are skipped.
   */
  readonly rows = input.required<readonly TemplateRowInput[]>();
  /** The elements of the chosen template that the form lacks, in the template's order. */
  readonly applied = output<TemplateElementToAdd[]>();

  private readonly service = inject(TemplatesService);
  private readonly catalogues = inject(ElementCatalogueService);
  private readonly injector = inject(Injector);
  protected readonly maxName = MAX_TEMPLATE_NAME;
  protected readonly count = countText;

  protected readonly menuOpen = signal(false);
  protected readonly templates = signal<LoadState<EntryTemplate[]>>({ status: 'loading' });
  protected readonly list = computed(() => readyValue(this.templates()) ?? []);
  protected readonly applying = signal(false);
  protected readonly naming = signal(false);
  protected readonly name = signal('');
  protected readonly problem = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  private loaded = false;

  protected toggleMenu(): void {
    if (this.menuOpen()) {
      this.menuOpen.set(false);
      return;
    }
    this.naming.set(false);
    this.menuOpen.set(true);
    if (!this.loaded) this.load();
    else this.focus(`${this.idPrefix()}-first`);
  }

  protected closeMenu(event?: Event): void {
    event?.stopPropagation();
    this.menuOpen.set(false);
    this.focus(`${this.idPrefix()}-use`);
  }

  protected load(): void {
    this.loaded = true;
    this.templates.set({ status: 'loading' });
    this.service
      .list(this.tankId(), this.type())
      .pipe(filter((state) => state.status !== 'loading'))
      .subscribe((state) => {
        this.templates.set(state);
        if (state.status === 'ready') this.focus(`${this.idPrefix()}-first`);
      });
  }

  protected async apply(template: EntryTemplate): Promise<void> {
    this.applying.set(true);
    const { elements, skipped } = elementsToAdd(
      template,
      this.rows().map((row) => row.elementId),
    );
    const catalogue = elements.length > 0 ? await this.catalogue() : null;
    this.applying.set(false);
    this.menuOpen.set(false);
    const found = new Map(catalogue?.elements.map((element) => [element.elementId, element]));
    const toAdd = elements.map((element) => {
      const known = found.get(element.elementId);
      return {
        element,
        name: known?.name ?? humanizeCode(element.elementId),
        unit: known?.unit ?? '',
        ...(known?.alternateUnits ? { alternateUnits: known.alternateUnits } : {}),
      };
    });
    const already =
      skipped === 0
        ? ''
        : ` ${countText(skipped)} ${skipped === 1 ? 'was' : 'were'} already in the form.`;
    this.status.set(`Added ${countText(toAdd.length)} from “${template.name}”.${already}`);
    if (toAdd.length > 0) this.applied.emit(toAdd);
    else this.focus(`${this.idPrefix()}-use`);
  }

  protected startNaming(): void {
    this.menuOpen.set(false);
    this.problem.set(null);
    this.naming.set(true);
    this.focus(`${this.idPrefix()}-name`);
  }

  protected stopNaming(event?: Event): void {
    event?.stopPropagation();
    this.naming.set(false);
    this.problem.set(null);
    this.focus(`${this.idPrefix()}-save`);
  }

  protected async save(event?: Event): Promise<void> {
    // Enter in the name field saves the template, not the form around it.
    event?.preventDefault();
    if (this.saving()) return;
    const ids = {
      name: 'name',
      add: 'add',
      row: (key: string, field: string) => `${field}:${key}`,
    };
    const checked = checkTemplate(this.type(), { name: this.name(), rows: this.rows() }, ids);
    if (!checked.ok) {
      const { name, add, ...rows } = checked.errors;
      this.problem.set(
        name ??
          (add ? 'Add the elements the template should hold first.' : null) ??
          `Fix the form’s rows first: ${Object.values(rows)[0]}`,
      );
      this.focus(`${this.idPrefix()}-name`);
      return;
    }
    this.saving.set(true);
    const outcome = await this.service.save({
      tankId: this.tankId(),
      type: this.type(),
      ...checked.value,
    });
    this.saving.set(false);
    if (!outcome.ok) {
      if (outcome.message) this.problem.set(outcome.message);
      return;
    }
    this.loaded = false;
    this.naming.set(false);
    this.name.set('');
    this.problem.set(null);
    this.status.set(`Saved “${outcome.value.name}” as a template.`);
    this.focus(`${this.idPrefix()}-save`);
  }

  private async catalogue(): Promise<ElementCatalogue | null> {
    const state = await firstValueFrom(
      this.catalogues
        .catalogue(kindOf(this.type()), this.tankId())
        .pipe(filter((candidate) => candidate.status !== 'loading')),
    );
    return readyValue(state);
  }

  private focus(id: string): void {
    focusAfterRender(this.injector, id);
  }
}
