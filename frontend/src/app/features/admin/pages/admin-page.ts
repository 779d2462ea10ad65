import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AdminOverviewStore } from '../services/admin-overview.store';

export const ADMIN_TABS = [
  { path: 'overview', label: 'Overview' },
  { path: 'costs', label: 'Usage & Costs' },
  { path: 'feedback', label: 'RaM Feedback' },
  { path: 'errors', label: 'Errors' },
  { path: 'config', label: 'Config' },
  { path: 'friends', label: 'Friend access' },
  { path: 'about', label: 'About' },
] as const;

/** `/app/admin`: the operations console, one tab per child route; the overview is shared by the tabs. */
@Component({
  selector: 'ram-admin-page',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  providers: [AdminOverviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Admin console</h1>
    <nav aria-label="Admin console" class="-mx-1 mt-4 overflow-x-auto pb-1">
      <ul class="flex min-w-max gap-1 rounded-xl bg-reef-100 p-1 text-sm">
        @for (tab of tabs; track tab.path) {
          <li>
            <a
              [routerLink]="tab.path"
              [id]="'admin-tab-' + tab.path"
              routerLinkActive="bg-white text-reef-900 shadow-sm"
              ariaCurrentWhenActive="page"
              class="flex min-h-11 items-center rounded-lg px-3 font-medium text-reef-700 hover:bg-white/60"
              >{{ tab.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
    <div class="mt-6"><router-outlet /></div>
  `,
})
export class AdminPage {
  protected readonly tabs = ADMIN_TABS;
}
