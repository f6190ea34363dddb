/** The landing page is the KPI dashboard; see src/dashboard. */
export { default } from '../dashboard/Dashboard';
