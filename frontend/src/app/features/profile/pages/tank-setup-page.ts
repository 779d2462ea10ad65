import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { ProfileService } from '../../../core/profile/profile.service';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { DisplayNameForm } from '../components/display-name-form';
import { TankEditor } from '../components/tank-editor';

/**
 * `/app/setup`: after sign-up the keeper confirms the tank RaM made for them (name, volume and unit,
 * dosing method, lab, time zone with the browser's proposed). Dose amounts wait for the volume.
 */
@Component({
  selector: 'ram-tank-setup-page',
  imports: [LoadStateFrame, TankEditor, DisplayNameForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Set up your tank</h1>
    <p class="mt-1 max-w-prose text-reef-700">
      RaM sizes every correction from your tank's volume, logs doses on its local date and reads
      reports from your lab. Check each value before your first test: until you confirm them,
      corrections ask you to set your tank volume instead of giving a dose.
    </p>
    <ram-load-state-frame
      class="mt-6 block"
      [state]="profile.profile()"
      loadingLabel="Loading your tank…"
      failedHeading="Your profile could not be loaded"
      (retry)="profile.load()"
    >
      @if (profile.loaded(); as loaded) {
        <section class="card mb-6 max-w-2xl" aria-labelledby="name-heading">
          <h2 id="name-heading" class="text-lg font-semibold text-reef-900">
            What should RaM call you?
          </h2>
          <p class="mt-1 mb-3 text-sm text-reef-700">
            Home greets you with this name; you can change it in your profile.
          </p>
          <ram-display-name-form [displayName]="loaded.user.displayName" />
        </section>
      }
      @if (tank(); as tank) {
        <ram-tank-editor
          class="max-w-2xl"
          [tank]="tank"
          [proposeBrowserTimeZone]="true"
          [cancellable]="false"
          submitLabel="Confirm my tank"
          (saved)="done()"
        />
      } @else {
        <p class="text-reef-800" data-testid="setup-done">Your tanks are set up.</p>
      }
    </ram-load-state-frame>
  `,
})
export class TankSetupPage {
  protected readonly profile = inject(ProfileService);
  private readonly selection = inject(TankSelection);
  private readonly router = inject(Router);

  /** The tank still to confirm: the selected one if it is, else the first that is. */
  protected readonly tank = computed(() => {
    const open = this.profile.tanks().filter((t) => t.setupConfirmed === false);
    return open.find((t) => t.tankId === this.selection.selectedTankId()) ?? open[0] ?? null;
  });

  protected done(): void {
    void this.router.navigate(['/app']);
  }
}
