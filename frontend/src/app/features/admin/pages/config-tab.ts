import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { readState } from '../../../core/api/api-outcome';
import { LoadState, readyValue } from '../../../shared/load-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { Notice } from '../../../shared/ui/notice';
import { Setting } from '../services/admin.model';
import { when } from '../services/admin-format';
import { AdminApi } from '../services/admin-api.service';

/** Config: each run-time setting with what it means and its bounds, saved one at a time. */
@Component({
  selector: 'ram-admin-config-tab',
  imports: [LoadStateFrame, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-load-state-frame
      [state]="state()"
      loadingLabel="Reading settings…"
      failedHeading="Settings could not be loaded."
      (retry)="load()"
    >
      <div class="space-y-4">
        @for (setting of settings(); track setting.key) {
          <form
            #form
            class="card"
            [id]="'setting-' + setting.key"
            (submit)="$event.preventDefault(); save(setting, form)"
          >
            <label class="field-label font-mono" [for]="'value-' + setting.key">{{
              setting.key
            }}</label>
            <p class="text-sm text-reef-600" [id]="'hint-' + setting.key">
              {{ setting.description }}
              @if (setting.type === 'integer') {
                {{ setting.min }}–{{ setting.max }} {{ setting.unit }}; default
                {{ setting.defaultValue }}.
              } @else {
                Must keep {{ setting.placeholders?.join(', ') }}. Read once per container: takes
                effect from the next cold start.
              }
            </p>
            @if (setting.type === 'integer') {
              <input
                name="value"
                class="field-input sm:w-48"
                type="number"
                inputmode="numeric"
                [id]="'value-' + setting.key"
                [attr.aria-describedby]="'hint-' + setting.key"
                [value]="setting.value ?? setting.defaultValue"
              />
            } @else {
              <textarea
                name="value"
                class="field-input min-h-40 font-mono text-xs"
                [id]="'value-' + setting.key"
                [attr.aria-describedby]="'hint-' + setting.key"
                [value]="setting.value ?? ''"
                [placeholder]="
                  setting.value === null ? 'Seeded with the built-in prompt on first use' : ''
                "
              ></textarea>
            }
            <p class="mt-2 text-xs text-reef-600">
              @if (setting.updatedBy) {
                Changed by {{ setting.updatedBy }} on {{ at(setting.updatedAt) }}
              } @else if (setting.seeded) {
                The feature's built-in value
              } @else {
                Not set: the default applies
              }
            </p>
            @if (notices()[setting.key]; as n) {
              <ram-notice
                class="mt-2"
                [tone]="n.tone"
                [noticeId]="'notice-' + setting.key"
                [text]="n.text"
              />
            }
            <button type="submit" class="btn-primary mt-3" [id]="'save-' + setting.key">
              Save
            </button>
          </form>
        }
      </div>
    </ram-load-state-frame>
  `,
})
export class ConfigTab {
  private readonly api = inject(AdminApi);
  protected readonly state = signal<LoadState<{ settings: Setting[] }>>({ status: 'loading' });
  protected readonly settings = computed(() => readyValue(this.state())?.settings ?? []);
  protected readonly notices = signal<Record<string, { tone: 'done' | 'problem'; text: string }>>(
    {},
  );
  protected readonly at = when;

  constructor() {
    this.load();
  }

  load(): void {
    readState(this.api.config(), 'Settings could not be loaded.').subscribe((s) =>
      this.state.set(s),
    );
  }

  protected async save(setting: Setting, form: HTMLFormElement): Promise<void> {
    const raw = (form.elements.namedItem('value') as HTMLInputElement | HTMLTextAreaElement).value;
    const value = setting.type === 'integer' && raw.trim() !== '' ? Number(raw) : raw;
    const outcome = await this.api.saveSetting(setting.key, value);
    if (!outcome.ok) return this.note(setting.key, 'problem', outcome.message ?? 'Not saved.');
    const saved = outcome.value.setting;
    this.state.update((s) =>
      s.status === 'ready'
        ? {
            status: 'ready',
            value: { settings: s.value.settings.map((x) => (x.key === saved.key ? saved : x)) },
          }
        : s,
    );
    this.note(setting.key, 'done', 'Saved.');
  }

  private note(key: string, tone: 'done' | 'problem', text: string): void {
    this.notices.update((all) => ({ ...all, [key]: { tone, text } }));
  }
}
