export { type DatedValue, type ProjectedValue, PROJECTION_READINGS, fitLine, projectAt, projectSeries } from './projection';
export {
  ALERT_HORIZON_DAYS,
  PROJECTION_DAYS,
  STEADY_PERCENT,
  type TrendAssessment,
  type TrendDirection,
  type TrendInput,
  type TrendSeverity,
  WATCH_HORIZON_DAYS,
  assessTrend,
  withoutWarning,
} from './trend-assessment';
export {
  type DoseResponse,
  type DoseResponseInput,
  type DoseResponseInterval,
  type DosedAmount,
  analyseDoseResponse,
  risePerMl,
} from './dose-response';
