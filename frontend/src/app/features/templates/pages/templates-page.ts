import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { selectAskedTank } from '../../../core/profile/asked-tank';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { latestLoad } from '../../../shared/latest-load';
import { LoadState, readyValue } from '../../../shared/load-state';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { Notice } from '../../../shared/ui/notice';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { focusAfterRender } from '../../../shared/ui/focus';
import { injectElementLookup } from '../../elements/services/catalogue-lookup';
import { TemplateForm } from '../components/template-form';
import {
  EntryTemplate,
  TEMPLATE_LABELS,
  TEMPLATE_TYPES,
  TemplateType,
  countText,
  templateElementText,
} from '../services/template';
import { TemplatesService } from '../services/templates.service';

/**
 * `/app/templates` (`?tank=`, `?type=TEST|DOSE|PROGRAM`): the selected tank's entry templates of one
 * type, to create, edit and delete. The forms of manual tests, doses and programs apply them.
 */
@Component({
  selector: 'ram-templates-page',
  imports: [ConfirmButton, EmptyState, LoadStateFrame, Notice, SelectedTankFrame, TemplateForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Templates</h1>
    <ram-selected-tank-frame
      class="mt-2"
      noTankText="Templates belong to a tank. Add one to make them."
    >
      @if (selection.selectedTank(); as tank) {
        <p class="mb-4 text-reef-700">
          Element sets of <strong class="text-reef-900">{{ tank.name }}</strong> you use often.
          Apply one in a manual test, a dose log or a program instead of picking each element again.
        </p>

        <div
          class="grid grid-cols-3 gap-1 rounded-xl bg-reef-100 p-1"
          role="group"
          aria-label="Template type"
        >
          @for (choice of types; track choice) {
            <button
              type="button"
              class="min-h-11 rounded-lg text-sm font-medium"
              [class]="
                choice === type()
                  ? 'bg-white text-reef-900 shadow-sm'
                  : 'text-reef-700 hover:bg-white/60'
              "
              [id]="'template-type-' + choice"
              [attr.aria-pressed]="choice === type()"
              (click)="choose(choice)"
            >
              {{ labels[choice].tab }}
            </button>
          }
        </div>

        @if (done(); as message) {
          <ram-notice class="mt-4" noticeId="templates-done" [text]="message" />
        }
        @if (problem(); as message) {
          <ram-notice class="mt-4" tone="problem" noticeId="templates-problem" [text]="message" />
        }

        @if (editing(); as editing) {
          @let editedTemplate = editing === 'new' ? null : editing;
          <ram-template-form
            class="mt-4"
            [tankId]="tank.tankId"
            [type]="type()"
            [template]="editedTemplate"
            [lookup]="lookup()"
            (saved)="onSaved($event)"
            (cancelled)="stopEditing()"
          />
        } @else {
          <div class="mt-4 flex justify-end">
            <button
              type="button"
              id="template-new"
              class="btn-primary w-full sm:w-auto"
              (click)="startNew()"
            >
              New {{ labels[type()].noun }} template
            </button>
          </div>
          <ram-load-state-frame
            class="mt-4"
            [state]="templates.state()"
            loadingLabel="Loading templates…"
            failedHeading="The templates could not be loaded"
            (retry)="templates.reload()"
          >
            @if (list().length === 0) {
              <ram-empty-state
                [heading]="'No ' + labels[type()].noun + ' templates yet'"
                description="Make one with the button above, or save a form’s elements as a template."
              />
            } @else {
              <ul class="space-y-3" [attr.aria-label]="labels[type()].tab + ' templates'">
                @for (template of list(); track template.templateId) {
                  <li
                    class="card"
                    data-testid="template"
                    [attr.data-template]="template.templateId"
                  >
                    <div class="flex flex-wrap items-baseline justify-between gap-2">
                      <h2 class="font-semibold text-reef-900">{{ template.name }}</h2>
                      <span class="text-sm text-reef-600">{{
                        count(template.elements.length)
                      }}</span>
                    </div>
                    <ul class="mt-2 space-y-1 text-sm text-reef-800">
                      @for (element of template.elements; track element.elementId) {
                        <li>{{ elementText(element) }}</li>
                      }
                    </ul>
                    <div class="mt-3 flex flex-wrap gap-2">
                      <button
                        type="button"
                        class="btn-secondary min-h-10 px-3 py-1 text-sm"
                        [id]="'edit-template-' + template.templateId"
                        (click)="edit(template)"
                      >
                        Edit<span class="sr-only"> {{ template.name }}</span>
                      </button>
                      <ram-confirm-button
                        label="Delete"
                        [accessibleLabel]="'Delete ' + template.name"
                        [question]="'Delete the template “' + template.name + '”?'"
                        detail="Forms filled from it keep what they hold."
                        buttonClass="btn-secondary min-h-10 px-3 py-1 text-sm"
                        [busy]="deleting() === template.templateId"
                        (confirmed)="remove(template)"
                      />
                    </div>
                  </li>
                }
              </ul>
            }
          </ram-load-state-frame>
        }
      }
    </ram-selected-tank-frame>
  `,
})
export class TemplatesPage {
  /** `?tank=` from a link that names the tank, e.g. the profile's tank list. */
  readonly tank = input<string>();
  /** `?type=` opens that tab. */
  // eslint-disable-next-line @angular-eslint/no-input-rename -- the query parameter is `type`, a name a class member should not take
  readonly typeParam = input<string>(undefined, { alias: 'type' });

  protected readonly selection = inject(TankSelection);
  private readonly service = inject(TemplatesService);
  private readonly injector = inject(Injector);
  protected readonly types = TEMPLATE_TYPES;
  protected readonly labels = TEMPLATE_LABELS;
  protected readonly count = countText;

  private readonly showAskedTank = selectAskedTank(this.tank);
  protected readonly type = linkedSignal<TemplateType>(() => {
    const asked = this.typeParam()?.toUpperCase();
    return (TEMPLATE_TYPES as readonly string[]).includes(asked ?? '')
      ? (asked as TemplateType)
      : 'TEST';
  });
  protected readonly templates = latestLoad<
    { tankId: string; type: TemplateType },
    LoadState<EntryTemplate[]>
  >(
    () => {
      const tankId = this.selection.selectedTankId();
      return tankId ? { tankId, type: this.type() } : null;
    },
    ({ tankId, type }) => this.service.list(tankId, type),
    { status: 'loading' },
  );
  protected readonly list = computed(() => readyValue(this.templates.state()) ?? []);
  private readonly testLookup = injectElementLookup('test', this.selection.selectedTankId);
  private readonly doseLookup = injectElementLookup('dose', this.selection.selectedTankId);
  protected readonly lookup = computed(() =>
    this.type() === 'TEST' ? this.testLookup() : this.doseLookup(),
  );
  /** The template whose form is open, or 'new'. */
  protected readonly editing = signal<EntryTemplate | 'new' | null>(null);
  protected readonly deleting = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected choose(type: TemplateType): void {
    this.editing.set(null);
    this.done.set(null);
    this.problem.set(null);
    this.type.set(type);
  }

  protected elementText(element: EntryTemplate['elements'][number]): string {
    return templateElementText(element, this.lookup());
  }

  protected startNew(): void {
    this.done.set(null);
    this.editing.set('new');
  }

  protected edit(template: EntryTemplate): void {
    this.done.set(null);
    this.editing.set(template);
  }

  protected stopEditing(): void {
    const editing = this.editing();
    this.editing.set(null);
    this.focus(
      editing && editing !== 'new' ? `edit-template-${editing.templateId}` : 'template-new',
    );
  }

  protected onSaved(template: EntryTemplate): void {
    const isNew = this.editing() === 'new';
    this.editing.set(null);
    const others = this.list().filter((candidate) => candidate.templateId !== template.templateId);
    this.templates.set({ status: 'ready', value: [template, ...others] });
    this.done.set(
      isNew ? `Saved “${template.name}”.` : `Saved your changes to “${template.name}”.`,
    );
  }

  protected async remove(template: EntryTemplate): Promise<void> {
    this.deleting.set(template.templateId);
    this.problem.set(null);
    const outcome = await this.service.delete(template.tankId, template.templateId);
    this.deleting.set(null);
    if (!outcome.ok) {
      if (outcome.message) this.problem.set(outcome.message);
      return;
    }
    this.templates.set({
      status: 'ready',
      value: this.list().filter((candidate) => candidate.templateId !== template.templateId),
    });
    this.done.set(`Deleted “${template.name}”.`);
  }

  private focus(id: string): void {
    focusAfterRender(this.injector, id);
  }
}
