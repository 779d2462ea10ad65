import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ThemeChoice, ThemeService } from '../../../core/theme/theme.service';
import { SegmentedChoice, SegmentedOption } from '../../../shared/ui/segmented-choice';

const CHOICES: readonly SegmentedOption<ThemeChoice>[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** System, Light or Dark for this device; "System" follows the phone's or computer's setting. */
@Component({
  selector: 'ram-theme-switch',
  imports: [SegmentedChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ram-segmented-choice
      legend="Colour theme"
      name="theme"
      [options]="choices"
      [selected]="themes.choice()"
      (chosen)="themes.choose($event)"
    />
    <p class="mt-2 text-sm text-reef-600">
      Remembered on this device. System follows your device's light or dark setting.
    </p>
  `,
})
export class ThemeSwitch {
  protected readonly choices = CHOICES;
  protected readonly themes = inject(ThemeService);
}
