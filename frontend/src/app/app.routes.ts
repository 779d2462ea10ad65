import { Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from './core/identity/auth.guards';
import { adminGuard } from './features/admin/admin.guard';
import { tankSetupGuard } from './features/profile/services/tank-setup.guard';

export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Reef-A-Matic: your reef, from the water test up',
    loadComponent: () => import('./features/landing/pages/landing-page').then((m) => m.LandingPage),
  },
  {
    path: 'sign-in',
    title: 'Sign in · Reef-A-Matic',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./features/auth/pages/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'sign-up',
    title: 'Create your account · Reef-A-Matic',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./features/auth/pages/sign-up-page').then((m) => m.SignUpPage),
  },
  {
    path: 'sign-up/confirm',
    title: 'Confirm your email · Reef-A-Matic',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./features/auth/pages/confirm-sign-up-page').then((m) => m.ConfirmSignUpPage),
  },
  {
    path: 'forgot-password',
    title: 'Reset your password · Reef-A-Matic',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./features/auth/pages/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'app',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/shell/pages/app-shell').then((m) => m.AppShell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Home · Reef-A-Matic',
        canActivate: [tankSetupGuard],
        loadComponent: () => import('./features/home/pages/home-page').then((m) => m.HomePage),
      },
      {
        path: 'setup',
        title: 'Set up your tank · Reef-A-Matic',
        loadComponent: () =>
          import('./features/profile/pages/tank-setup-page').then((m) => m.TankSetupPage),
      },
      {
        path: 'profile',
        title: 'Profile · Reef-A-Matic',
        loadComponent: () =>
          import('./features/profile/pages/profile-page').then((m) => m.ProfilePage),
      },
      {
        path: 'reef-review',
        title: 'Reef Review · Reef-A-Matic',
        loadComponent: () =>
          import('./features/reef-review/pages/review-command-center-page').then(
            (m) => m.ReviewCommandCenterPage,
          ),
      },
      {
        path: 'reef-review/:reviewId',
        title: 'Reef Review · Reef-A-Matic',
        loadComponent: () =>
          import('./features/reef-review/pages/review-detail-page').then((m) => m.ReviewDetailPage),
      },
      {
        path: 'targets',
        title: 'Target ranges · Reef-A-Matic',
        loadComponent: () =>
          import('./features/targets/pages/targets-page').then((m) => m.TargetsPage),
      },
      {
        path: 'templates',
        title: 'Templates · Reef-A-Matic',
        loadComponent: () =>
          import('./features/templates/pages/templates-page').then((m) => m.TemplatesPage),
      },
      {
        path: 'tests',
        pathMatch: 'full',
        title: 'Tests · Reef-A-Matic',
        loadComponent: () => import('./features/tests/pages/tests-page').then((m) => m.TestsPage),
      },
      {
        path: 'dashboards/new',
        title: 'New dashboard · Reef-A-Matic',
        loadComponent: () =>
          import('./features/dashboards/pages/dashboard-editor-page').then(
            (m) => m.DashboardEditorPage,
          ),
      },
      {
        path: 'dashboards/:dashboardId',
        title: 'Dashboard · Reef-A-Matic',
        loadComponent: () =>
          import('./features/dashboards/pages/dashboard-editor-page').then(
            (m) => m.DashboardEditorPage,
          ),
      },
      {
        path: 'tests/icp/manual',
        title: 'Type in a lab report · Reef-A-Matic',
        loadComponent: () =>
          import('./features/icp/pages/manual-icp-page').then((m) => m.ManualIcpPage),
      },
      {
        path: 'tests/icp/:testId',
        title: 'ICP test · Reef-A-Matic',
        loadComponent: () =>
          import('./features/icp/pages/icp-test-page').then((m) => m.IcpTestPage),
      },
      {
        path: 'doses',
        title: 'Doses · Reef-A-Matic',
        loadComponent: () => import('./features/doses/pages/doses-page').then((m) => m.DosesPage),
      },
      {
        path: 'programs',
        title: 'Dosing programs · Reef-A-Matic',
        loadComponent: () =>
          import('./features/programs/pages/programs-page').then((m) => m.ProgramsPage),
      },
      {
        path: 'programs/new',
        title: 'New program · Reef-A-Matic',
        loadComponent: () =>
          import('./features/programs/pages/program-detail-page').then((m) => m.ProgramDetailPage),
      },
      {
        path: 'programs/:programId',
        title: 'Dosing program · Reef-A-Matic',
        loadComponent: () =>
          import('./features/programs/pages/program-detail-page').then((m) => m.ProgramDetailPage),
      },
      {
        path: 'tests/import',
        title: 'Import readings · Reef-A-Matic',
        loadComponent: () =>
          import('./features/imports/pages/import-page').then((m) => m.ImportPage),
      },
      {
        path: 'tests/manual/new',
        title: 'New manual test · Reef-A-Matic',
        loadComponent: () =>
          import('./features/manual-tests/pages/manual-test-page').then((m) => m.ManualTestPage),
      },
      {
        path: 'admin',
        title: 'Admin console · Reef-A-Matic',
        canMatch: [adminGuard],
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'tests/manual/:testId',
        title: 'Manual test · Reef-A-Matic',
        loadComponent: () =>
          import('./features/manual-tests/pages/manual-test-page').then((m) => m.ManualTestPage),
      },
      {
        path: '**',
        title: 'Page not found · Reef-A-Matic',
        data: { inApp: true },
        loadComponent: () =>
          import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
  {
    path: '**',
    title: 'Page not found · Reef-A-Matic',
    loadComponent: () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
