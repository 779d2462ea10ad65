import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthSession } from '../../../core/identity/auth-session';
import { RuntimeConfigService } from '../../../core/config/runtime-config.service';
import { planOptionsFor } from '../../../shared/plans/plan-catalogue';
import { RamLogo } from '../../../shared/ui/ram-logo';

/** The public front page: what RaM does for a reef keeper, and the way in. */
@Component({
  selector: 'ram-landing-page',
  imports: [RouterLink, RamLogo],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './landing-page.html',
})
export class LandingPage {
  protected readonly signedIn = inject(AuthSession).isSignedIn;
  protected readonly plans = planOptionsFor(inject(RuntimeConfigService).current.billing);
  protected readonly steps = [
    {
      title: 'Upload your ICP report',
      text: 'Drop in the PDF from Oceamo, Triton, ATI or Fauna Marin. RaM reads every element for you.',
    },
    {
      title: 'See where each element stands',
      text: 'Every value is set against your tank’s target range, with trends from earlier tests.',
    },
    {
      title: 'Correct and dose with a plan',
      text: 'Corrections, dose history and dosing programs sit together, so the next step is clear.',
    },
    {
      title: 'Review what changed',
      text: 'A guided Reef Review explains what moved since last time and what to do about it.',
    },
  ];
}
