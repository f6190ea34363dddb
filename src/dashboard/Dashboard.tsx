/**
 * The landing page: the KPI report for a period against a comparison period,
 * one section per dashboard widget the role may see (warehouse staff: stock
 * and fulfilment). Every figure links to the list behind it.
 */
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { useState, type ComponentType } from 'react';
import { AfterFirstPaint } from '../components/AfterFirstPaint';
import { useShopTimeZone } from '../components/ShopSettingsContext';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { KpiReport, KpiSection } from '../domain/kpis/types';
import { isRole, widgetsFor } from '../domain/permissions';
import { shopDateKey } from '../domain/time';
import { periodOf, requestFor } from './dashboardQuery';
import { DashboardControls } from './DashboardControls';
import { useFormatters } from './format';
import { useKpis } from './kpiApi';
import { FulfilmentWidgets, StockWidgets } from './OperationsWidgets';
import { PromotionsWidgets } from './PromotionsWidgets';
import { SalesWidgets } from './SalesWidgets';
import { useDashboardState } from './useDashboardState';

const WIDGETS: Record<KpiSection, ComponentType<{ report: KpiReport | undefined }>> = {
  sales: SalesWidgets,
  stock: StockWidgets,
  fulfilment: FulfilmentWidgets,
  promotions: PromotionsWidgets,
};

/** Roughly one section's height (a heading, figure cards and a chart), held while it is on its way. */
const SECTION_HEIGHT = 480;

/** Nothing sold, shipped or moved: say so rather than show a page of zeros without comment. */
function isQuiet(report: KpiReport): boolean {
  const { sales, fulfilment, stock } = report;
  return (
    (sales?.current.orders ?? 0) === 0 &&
    (fulfilment?.current.shipped ?? 0) === 0 &&
    (fulfilment?.lateOpenOrders ?? 0) === 0 &&
    (stock?.unitsShipped ?? 0) === 0
  );
}

const PeriodNote = ({ report }: { report: KpiReport }) => {
  const translate = useTranslate();
  const format = useFormatters();
  const day = (iso: string) => format.date(shopDateKey(iso, report.range.timeZone));
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
      {translate('kontor.kpis.period', {
        from: format.date(report.range.fromDate),
        to: format.date(report.range.toDate),
        comparisonFrom: day(report.comparison.from),
        comparisonTo: day(report.comparison.to),
      })}
    </Typography>
  );
};

export default function Dashboard() {
  const translate = useTranslate();
  const { permissions } = usePermissions<unknown>();
  const { identity } = useGetIdentity();
  const [state, update] = useDashboardState();
  // The shop's zone decides what "today" is. The console has the shop's settings before this first renders;
  // the report names the zone too, so one changed since (by an admin elsewhere) is followed after its answer.
  const shopZone = useShopTimeZone();
  const [reportedZone, setReportedZone] = useState<string | null>(null);
  const timeZone = reportedZone ?? shopZone;
  const today = shopDateKey(new Date(), timeZone);
  const widgets = isRole(permissions) ? widgetsFor(permissions) : null;
  const {
    data: report,
    error,
    refetch,
    isFetching,
  } = useKpis(widgets ? requestFor(state, today, widgets) : null);
  const reportZone = report?.range.timeZone;
  if (reportZone && reportZone !== timeZone) setReportedZone(reportZone);

  return (
    <Box sx={{ py: 2, minWidth: 0 }}>
      <Title title="kontor.kpis.title" />
      <Typography variant="h5" component="h2">
        {/* The shell's greeting: the page title (in the app bar) already says this is the dashboard. */}
        {translate('kontor.dashboard.greeting', { name: identity?.fullName ?? '' })}
      </Typography>
      <DashboardControls state={state} period={periodOf(state, today)} onChange={update} />
      {report ? <PeriodNote report={report} /> : null}
      {/* A new period is loading while the last one stays on screen. */}
      {report && isFetching ? (
        <LinearProgress sx={{ mt: 1 }} aria-label={translate('ra.page.loading')} />
      ) : (
        <Box sx={{ height: 4, mt: 1 }} />
      )}
      {error ? (
        <Alert
          severity="error"
          sx={{ mt: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {translate('kontor.kpis.retry')}
            </Button>
          }
        >
          {translate('kontor.kpis.error', { message: error.message })}
        </Alert>
      ) : null}
      {report && isQuiet(report) ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('kontor.kpis.empty')}
        </Alert>
      ) : null}
      {(widgets ?? []).map((widget, index) => {
        const Widget = WIDGETS[widget];
        if (error && !report) return null;
        // The first section shows with the page; the ones below it follow once it is on screen.
        return index === 0 ? (
          <Widget key={widget} report={report} />
        ) : (
          <AfterFirstPaint key={widget} minHeight={SECTION_HEIGHT}>
            <Widget report={report} />
          </AfterFirstPaint>
        );
      })}
    </Box>
  );
}
