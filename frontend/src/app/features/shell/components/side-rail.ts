import { ChangeDetectionStrategy, Component, Signal, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { Observable, of, switchMap } from 'rxjs';
import { RamLogo } from '../../../shared/ui/ram-logo';
import { ProfileService } from '../../profile/services/profile.service';
import {
  HistoryKind,
  HistoryListService,
  RailSectionState,
} from '../services/history-list.service';
import { TankSelection } from '../services/tank-selection.service';
import { HistorySection } from './history-section';
import { TankSwitcher } from './tank-switcher';

/** Whose history the rail lists: a chosen tank, or why there is none yet. */
type RailTank =
  | { readonly status: 'loading' | 'failed' | 'no-tank' }
  | { readonly status: 'chosen'; readonly tankId: string };

const tankIdOf = (tank: RailTank) => (tank.status === 'chosen' ? tank.tankId : null);

/** The left rail: brand, tank switcher, page links, and the Tests / Doses / Programs sections. */
@Component({
  selector: 'ram-side-rail',
  imports: [RouterLink, RouterLinkActive, RamLogo, TankSwitcher, HistorySection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block bg-reef-950 text-white' },
  template: `
    <nav aria-label="Main" class="flex h-full flex-col gap-6 overflow-y-auto p-4">
      <a routerLink="/app" class="rounded-lg"><ram-logo tone="light" /></a>
      <ram-tank-switcher
        [tanks]="selection.tanks()"
        [selectedTankId]="selection.selectedTankId()"
        (tankSelected)="selection.select($event)"
      />
      <ul class="space-y-1 text-sm">
        @for (link of links; track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="bg-reef-800 text-white"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: true }"
              class="flex min-h-11 items-center rounded-lg px-3 text-reef-100 hover:bg-reef-900"
              >{{ link.label }}</a
            >
          </li>
        }
      </ul>
      @for (section of sections; track section.kind) {
        <ram-history-section
          [heading]="section.heading"
          [state]="section.state()"
          [emptyText]="section.emptyText"
        />
      }
    </nav>
  `,
})
export class SideRail {
  protected readonly selection = inject(TankSelection);
  private readonly profile = inject(ProfileService);
  private readonly history = inject(HistoryListService);

  private readonly railTank = computed<RailTank>(
    () => {
      const status = this.profile.profile().status;
      if (status !== 'ready') return { status };
      const tankId = this.selection.selectedTankId();
      return tankId ? { status: 'chosen', tankId } : { status: 'no-tank' };
    },
    // Saving the profile must not reload the lists; only a different tank (or state) should.
    { equal: (a, b) => a.status === b.status && tankIdOf(a) === tankIdOf(b) },
  );
  private readonly railTank$ = toObservable(this.railTank);

  protected readonly links = [
    { path: '/app', label: 'Home' },
    { path: '/app/profile', label: 'Profile' },
  ];

  protected readonly sections = [
    {
      kind: 'test',
      heading: 'Tests',
      emptyText: 'No tests yet.',
      state: this.sectionState('test'),
    },
    {
      kind: 'dose',
      heading: 'Doses',
      emptyText: 'No doses logged yet.',
      state: this.sectionState('dose'),
    },
    {
      kind: 'program',
      heading: 'Programs',
      emptyText: 'No dosing programs yet.',
      state: this.sectionState('program'),
    },
  ];

  private sectionState(kind: HistoryKind): Signal<RailSectionState> {
    const state$ = this.railTank$.pipe(
      switchMap((tank): Observable<RailSectionState> =>
        tank.status === 'chosen'
          ? this.history.list(kind, tank.tankId)
          : of({ status: tank.status }),
      ),
    );
    return toSignal(state$, { initialValue: { status: 'loading' } });
  }
}
