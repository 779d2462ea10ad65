export { DashboardsModule } from './dashboards.module';
export type { DashboardList, DashboardView } from './dashboard.service';
