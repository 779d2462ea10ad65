import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { Tank } from '../../../core/profile/profile.model';
import { type AlertChoices, KeeperDataService } from '../services/keeper-data.service';

const CHOICES: readonly { key: keyof AlertChoices; label: string; hint: string }[] = [
  {
    key: 'critical',
    label: 'A reading is critical',
    hint: 'Past a hazard line, such as copper or phosphate far too high.',
  },
  {
    key: 'outOfRange',
    label: 'A reading is high or low',
    hint: 'Outside the tank’s target range.',
  },
  {
    key: 'reportFinished',
    label: 'An ICP report is ready',
    hint: 'One mail per report, listing what needs attention.',
  },
  {
    key: 'weeklySummary',
    label: 'Weekly summary',
    hint: 'Mondays: the past week’s tests and dose days.',
  },
];

/** Which mails a tank sends its keeper; critical readings are on until the keeper chooses. */
@Component({
  selector: 'ram-alert-settings',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-label="Alert mails">
      @if (tanks().length > 1) {
        <label for="alert-tank" class="field-label">Tank</label>
        <select
          id="alert-tank"
          class="field-input mb-4"
          [value]="tankId()"
          (change)="choose($any($event.target).value)"
        >
          @for (tank of tanks(); track tank.tankId) {
            <option [value]="tank.tankId">{{ tank.name }}</option>
          }
        </select>
      }
      <fieldset [disabled]="loading()">
        <legend class="text-sm text-slate-700">Mail me when, for {{ tankName() }}:</legend>
        @for (choice of choices; track choice.key) {
          <label class="mt-3 flex items-start gap-3">
            <input
              type="checkbox"
              class="mt-1 h-4 w-4"
              [formControlName]="choice.key"
              [attr.data-alert]="choice.key"
            />
            <span
              ><span class="font-medium text-reef-900">{{ choice.label }}</span
              ><br /><span class="text-sm text-slate-600">{{ choice.hint }}</span></span
            >
          </label>
        }
      </fieldset>
      <div class="mt-4 flex items-center gap-3">
        <button type="submit" class="btn-primary" [disabled]="saving() || loading()">
          {{ saving() ? 'Saving…' : 'Save alerts' }}
        </button>
        <p class="text-sm text-lagoon-800" role="status">{{ status() }}</p>
      </div>
      @if (error(); as message) {
        <p class="field-error">{{ message }}</p>
      }
    </form>
  `,
})
export class AlertSettings {
  readonly tanks = input.required<readonly Tank[]>();

  private readonly data = inject(KeeperDataService);
  protected readonly choices = CHOICES;
  protected readonly tankId = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    critical: new FormControl(true, { nonNullable: true }),
    outOfRange: new FormControl(false, { nonNullable: true }),
    reportFinished: new FormControl(false, { nonNullable: true }),
    weeklySummary: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const tanks = this.tanks();
      if (!tanks.some((t) => t.tankId === this.tankId()) && tanks[0]) this.choose(tanks[0].tankId);
    });
  }

  protected tankName(): string {
    return this.tanks().find((t) => t.tankId === this.tankId())?.name ?? 'this tank';
  }

  protected async choose(tankId: string): Promise<void> {
    this.tankId.set(tankId);
    this.loading.set(true);
    this.status.set('');
    const outcome = await this.data.alertsOf(tankId);
    if (this.tankId() !== tankId) return;
    this.loading.set(false);
    if (!outcome.ok)
      return this.error.set(outcome.message ?? 'The alert settings could not be loaded.');
    const { critical, outOfRange, reportFinished, weeklySummary } = outcome.value;
    this.form.setValue({ critical, outOfRange, reportFinished, weeklySummary });
    this.error.set(null);
  }

  protected async save(): Promise<void> {
    const tankId = this.tankId();
    if (!tankId) return;
    this.saving.set(true);
    this.status.set('');
    const outcome = await this.data.saveAlerts(tankId, this.form.getRawValue());
    this.saving.set(false);
    if (outcome.ok) this.status.set('Saved.');
    else this.error.set(outcome.message ?? 'The alert settings could not be saved.');
  }
}
