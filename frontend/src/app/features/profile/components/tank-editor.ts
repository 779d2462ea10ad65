import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { CLOCK } from '../../../core/identity/clock';
import { DosingMethod, IcpLab, Tank, VolumeUnit } from '../../../shared/tanks/tank';
import {
  DOSING_METHOD_CHOICES,
  ICP_LAB_CHOICES,
  VOLUME_UNIT_CHOICES,
  volumeIn,
} from '../../../shared/tanks/tank-options';
import { browserTimeZone, timeZoneGroups } from '../../../shared/time-zones';
import { ProfileService } from '../../../core/profile/profile.service';
import {
  TANK_FIELDS,
  TankField,
  TankFieldErrors,
  checkTankInput,
  tankFieldErrorFrom,
} from '../services/tank-input';

/** Adds a tank (no `tank`) or edits one: name, volume and unit, dosing method, lab, time zone. */
@Component({
  selector: 'ram-tank-editor',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', '(keydown.escape)': 'cancelled.emit()' },
  template: `
    <form
      [formGroup]="form"
      (ngSubmit)="save()"
      novalidate
      class="rounded-xl border border-reef-200 bg-reef-50/60 p-4"
      [attr.aria-label]="isNew() ? 'New tank' : 'Edit ' + tank()?.name"
    >
      <div class="grid gap-4 sm:grid-cols-2">
        <div class="sm:col-span-2">
          <label [for]="id('name')" class="field-label">Tank name</label>
          <input
            [id]="id('name')"
            class="field-input"
            formControlName="name"
            autocomplete="off"
            [attr.aria-invalid]="errors().name ? true : null"
            [attr.aria-describedby]="errors().name ? id('name-error') : null"
          />
          @if (errors().name; as message) {
            <p [id]="id('name-error')" class="field-error">{{ message }}</p>
          }
        </div>

        <fieldset [attr.aria-describedby]="errors().volume ? id('volume-error') : null">
          <legend class="field-label">Water volume</legend>
          <div class="mt-1 flex gap-2">
            <label [for]="id('volume')" class="sr-only">Volume</label>
            <input
              [id]="id('volume')"
              type="number"
              inputmode="decimal"
              min="0"
              step="any"
              class="field-input mt-0 min-w-0 flex-1"
              formControlName="volume"
              [attr.aria-invalid]="errors().volume ? true : null"
            />
            <label [for]="id('volumeUnit')" class="sr-only">Unit</label>
            <select
              [id]="id('volumeUnit')"
              class="field-input mt-0 w-auto"
              formControlName="volumeUnit"
            >
              @for (unit of units; track unit.value) {
                <option [value]="unit.value">{{ unit.label }}</option>
              }
            </select>
          </div>
          @if (errors().volume ?? errors().volumeUnit; as message) {
            <p [id]="id('volume-error')" class="field-error">{{ message }}</p>
          }
        </fieldset>

        <div>
          <label [for]="id('defaultLab')" class="field-label">Usual ICP lab</label>
          <select
            [id]="id('defaultLab')"
            class="field-input"
            formControlName="defaultLab"
            [attr.aria-describedby]="errors().defaultLab ? id('lab-error') : null"
          >
            @for (lab of labs; track lab.value) {
              <option [value]="lab.value">{{ lab.label }}</option>
            }
          </select>
          @if (errors().defaultLab; as message) {
            <p [id]="id('lab-error')" class="field-error">{{ message }}</p>
          }
        </div>

        <div class="sm:col-span-2">
          <label [for]="id('dosingMethod')" class="field-label">Dosing method</label>
          <select
            [id]="id('dosingMethod')"
            class="field-input"
            formControlName="dosingMethod"
            [attr.aria-describedby]="id('method-hint')"
          >
            @for (method of methods; track method.value) {
              <option [value]="method.value">{{ method.label }}</option>
            }
          </select>
          <p [id]="id('method-hint')" class="mt-1 text-sm text-reef-600">
            {{ errors().dosingMethod ?? methodHint() }}
          </p>
        </div>

        <div class="sm:col-span-2">
          <label [for]="id('timezone')" class="field-label">Time zone</label>
          <select
            [id]="id('timezone')"
            class="field-input"
            formControlName="timezone"
            [attr.aria-invalid]="errors().timezone ? true : null"
            [attr.aria-describedby]="errors().timezone ? id('timezone-error') : id('timezone-hint')"
          >
            @for (group of timeZones; track group.region) {
              <optgroup [label]="group.region">
                @for (zone of group.zones; track zone.value) {
                  <option [value]="zone.value">{{ zone.label }}</option>
                }
              </optgroup>
            }
          </select>
          @if (errors().timezone; as message) {
            <p [id]="id('timezone-error')" class="field-error">{{ message }}</p>
          } @else {
            <p [id]="id('timezone-hint')" class="mt-1 text-sm text-reef-600">
              Daily doses are logged on the tank's local date.
            </p>
          }
        </div>
      </div>

      @if (formError(); as message) {
        <p class="mt-4 rounded-lg bg-coral-50 p-3 text-sm text-coral-800" role="alert">
          {{ message }}
        </p>
      }
      <div class="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        @if (cancellable()) {
          <button type="button" class="btn-secondary" (click)="cancelled.emit()">Cancel</button>
        }
        <button type="submit" class="btn-primary" [disabled]="saving()">
          {{ saving() ? 'Saving…' : (submitLabel() ?? (isNew() ? 'Add tank' : 'Save tank')) }}
        </button>
      </div>
    </form>
  `,
})
export class TankEditor implements OnInit {
  /** The tank to edit; null adds a new one. */
  readonly tank = input<Tank | null>(null);
  /** A tank whose method, lab and unit a new tank starts from. */
  readonly startFrom = input<Tank | null>(null);
  /** First set-up: the browser's time zone is proposed instead of the tank's placeholder. */
  readonly proposeBrowserTimeZone = input(false);
  readonly cancellable = input(true);
  readonly submitLabel = input<string | null>(null);
  readonly saved = output<Tank>();
  readonly cancelled = output();

  private readonly profile = inject(ProfileService);
  private readonly document = inject(DOCUMENT);
  private readonly now = inject(CLOCK);

  protected readonly units = VOLUME_UNIT_CHOICES;
  protected readonly labs = ICP_LAB_CHOICES;
  protected readonly methods = DOSING_METHOD_CHOICES;
  protected timeZones: ReturnType<typeof timeZoneGroups> = [];

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    volume: new FormControl<number | null>(null),
    volumeUnit: new FormControl<VolumeUnit>('L', { nonNullable: true }),
    dosingMethod: new FormControl<DosingMethod>('CUSTOM', { nonNullable: true }),
    defaultLab: new FormControl<IcpLab>('OCEAMO', { nonNullable: true }),
    timezone: new FormControl('', { nonNullable: true }),
  });
  protected readonly isNew = computed(() => this.tank() === null);
  protected readonly errors = signal<TankFieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly saving = signal(false);
  private readonly method = toSignal(this.form.controls.dosingMethod.valueChanges, {
    initialValue: this.form.controls.dosingMethod.value,
  });
  protected readonly methodHint = computed(
    () => DOSING_METHOD_CHOICES.find((choice) => choice.value === this.method())?.hint ?? '',
  );

  constructor() {
    afterNextRender(() => this.focus('name'));
  }

  ngOnInit(): void {
    const tank = this.tank();
    const base = tank ?? this.startFrom();
    const timezone = (this.proposeBrowserTimeZone() ? null : tank?.timezone) ?? browserTimeZone();
    this.timeZones = timeZoneGroups(new Date(this.now()), [timezone]);
    this.form.setValue({
      name: tank?.name ?? '',
      volume: tank ? volumeIn(tank.volumeLitres, tank.volumeUnit) : null,
      volumeUnit: base?.volumeUnit ?? 'L',
      dosingMethod: base?.dosingMethod ?? 'CUSTOM',
      defaultLab: base?.defaultLab ?? 'OCEAMO',
      timezone,
    });
  }

  protected id(part: string): string {
    return `tank-${this.tank()?.tankId ?? 'new'}-${part}`;
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    this.formError.set(null);
    if (!this.showErrors(checkTankInput(value))) return;
    this.saving.set(true);
    const tankId = this.tank()?.tankId;
    const result = await this.profile.saveTank({
      ...(tankId ? { tankId } : {}),
      ...value,
      name: value.name.trim(),
      volume: value.volume ?? 0,
    });
    this.saving.set(false);
    if (result.saved) return this.saved.emit(result.tank);
    if (!result.fieldError) return;
    const fieldError = tankFieldErrorFrom(result.fieldError);
    if (fieldError) this.showErrors({ [fieldError.field]: fieldError.message });
    else this.formError.set(result.fieldError);
  }

  /** Shows the errors and moves focus to the first field with one; true when there are none. */
  private showErrors(errors: TankFieldErrors): boolean {
    this.errors.set(errors);
    const first = TANK_FIELDS.find((field) => errors[field]);
    if (first) this.focus(first);
    return !first;
  }

  private focus(field: TankField): void {
    this.document.getElementById(this.id(field))?.focus();
  }
}
