import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProfileService } from '../../core/profile/profile.service';
import { TankSelection } from '../../core/profile/tank-selection.service';
import { EmptyState } from './empty-state';
import { LoadStateFrame } from './load-state-frame';

/**
 * The frame of a page about the selected tank: the tanks' loading and failure states, and a way to
 * add a tank when there is none. The page's own content shows once a tank is selected.
 *
 * @example
 * <ram-selected-tank-frame noTankText="Target ranges belong to a tank.">
 *   @if (selection.selectedTank(); as tank) { … }
 * </ram-selected-tank-frame>
 */
@Component({
  selector: 'ram-selected-tank-frame',
  imports: [RouterLink, EmptyState, LoadStateFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ram-load-state-frame
      [state]="profile.profile()"
      loadingLabel="Loading your tanks…"
      failedHeading="Your tanks could not be loaded"
      (retry)="profile.load()"
    >
      @if (selection.selectedTank()) {
        <ng-content />
      } @else {
        <ram-empty-state heading="No tank yet" [description]="noTankText()">
          <a routerLink="/app/profile" class="btn-primary mt-4">Add a tank</a>
        </ram-empty-state>
      }
    </ram-load-state-frame>
  `,
})
export class SelectedTankFrame {
  /** Why this page needs a tank, e.g. "Target ranges belong to a tank. Add one to set them." */
  readonly noTankText = input.required<string>();

  protected readonly profile = inject(ProfileService);
  protected readonly selection = inject(TankSelection);
}
