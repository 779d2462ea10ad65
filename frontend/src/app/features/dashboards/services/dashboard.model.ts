// The shapes of `/user/dashboard*` (backend/src/modules/dashboards).

/** One chart: a measured test element and at most two dosing elements to compare it with. */
export interface DashboardChart {
  readonly testElementId: string;
  readonly doseElementIds: readonly string[];
}

export interface Dashboard {
  readonly dashboardId: string;
  readonly name: string;
  readonly charts: readonly DashboardChart[];
  /** Saved by an earlier version of the app as a bare dose-element selection. */
  readonly legacy?: boolean;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/** `POST /user/dashboard`. */
export interface DashboardList {
  readonly tankId: string;
  readonly dashboards: readonly Dashboard[];
  /** Built from the tank method's dose catalog; never saved. */
  readonly defaultDashboard: Dashboard;
  /** null: any number. */
  readonly limit: { readonly perTank: number | null; readonly saved: number };
}

export const MAX_DOSE_ELEMENTS_PER_CHART = 2;
export const MAX_DASHBOARD_CHARTS = 12;
export const DEFAULT_DASHBOARD_ID = 'default';
