import { Routes } from '@angular/router';
import { AdminPage } from './pages/admin-page';

/** The console's tabs, loaded together the first time the admin opens `/app/admin`. */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    component: AdminPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      {
        path: 'overview',
        title: 'Admin · Overview',
        loadComponent: () => import('./pages/overview-tab').then((m) => m.OverviewTab),
      },
      {
        path: 'costs',
        title: 'Admin · Usage & Costs',
        loadComponent: () => import('./pages/costs-tab').then((m) => m.CostsTab),
      },
      {
        path: 'feedback',
        title: 'Admin · RaM Feedback',
        loadComponent: () => import('./pages/feedback-tab').then((m) => m.FeedbackTab),
      },
      {
        path: 'errors',
        title: 'Admin · Errors',
        loadComponent: () => import('./pages/errors-tab').then((m) => m.ErrorsTab),
      },
      {
        path: 'config',
        title: 'Admin · Config',
        loadComponent: () => import('./pages/config-tab').then((m) => m.ConfigTab),
      },
      {
        path: 'friends',
        title: 'Admin · Friend access',
        loadComponent: () => import('./pages/friends-tab').then((m) => m.FriendsTab),
      },
      {
        path: 'about',
        title: 'Admin · About',
        loadComponent: () => import('./pages/about-tab').then((m) => m.AboutTab),
      },
    ],
  },
];
