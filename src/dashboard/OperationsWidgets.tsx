/** Stock health and fulfilment: what warehouse staff see too. */
import { useNavigate, useTranslate } from 'react-admin';
import {
  lateOrders,
  listPath,
  lowStockLevels,
  outOfStockLevels,
  shipmentMovements,
  shippedOrders,
  stockLevelsIn,
} from '../domain/kpis/drilldown';
import type { FulfilmentTotals, KpiReport } from '../domain/kpis/types';
import { FigureCards, useFigureFormat, type Figure } from './FigureCards';
import { useFormatters } from './format';
import { KpiCard } from './KpiCard';
import { CardGrid, CardGridSkeleton, Panel, WidgetSection } from './layout';
import { ChartSkeleton, LeadTimeChart } from './lazyCharts';
import { LateByMethod } from './MethodWidgets';

export const StockWidgets = ({ report }: { report: KpiReport | undefined }) => {
  const translate = useTranslate();
  const format = useFormatters();
  const formatFigure = useFigureFormat();
  const stock = report?.stock;
  if (!report || !stock) {
    return (
      <WidgetSection title="kontor.kpis.stock.title">
        <CardGridSkeleton count={5} />
      </WidgetSection>
    );
  }
  const levels = listPath(stockLevelsIn(report));
  return (
    <WidgetSection title="kontor.kpis.stock.title">
      <CardGrid>
        <KpiCard label="kontor.kpis.stock.stockValue" value={format.money(stock.stockValue)} to={levels} />
        <KpiCard
          label="kontor.kpis.stock.outOfStock"
          value={format.count(stock.outOfStock)}
          to={listPath(outOfStockLevels(report))}
        />
        <KpiCard
          label="kontor.kpis.stock.belowReorderPoint"
          value={format.count(stock.belowReorderPoint)}
          to={listPath(lowStockLevels(report))}
        />
        <KpiCard
          label="kontor.kpis.stock.daysOfCover"
          value={
            stock.daysOfCover === null
              ? null
              : translate('kontor.kpis.stock.days', { days: format.decimal(stock.daysOfCover) })
          }
          hint={stock.daysOfCover === null ? translate('kontor.kpis.stock.noRecentSales') : undefined}
          to={levels}
        />
        <KpiCard
          label="kontor.kpis.stock.sellThroughRate"
          value={formatFigure('percent', stock.sellThroughRate)}
          hint={translate('kontor.kpis.stock.sellThroughHint', {
            shipped: format.count(stock.unitsShipped),
            available: format.count(stock.unitsShipped + stock.unitsOnHandAtEnd),
          })}
          to={listPath(shipmentMovements(report))}
        />
      </CardGrid>
    </WidgetSection>
  );
};

function fulfilmentFigures(report: KpiReport): Figure<FulfilmentTotals>[] {
  const shipped = listPath(shippedOrders(report));
  const hours = report.fulfilment?.serviceLevelHours ?? 0;
  return [
    { key: 'shipped', label: 'kontor.kpis.fulfilment.shipped', kind: 'count', upIsGood: true, to: shipped },
    {
      key: 'medianHours',
      label: 'kontor.kpis.fulfilment.medianHours',
      kind: 'hours',
      upIsGood: false,
      to: shipped,
    },
    {
      key: 'p90Hours',
      label: 'kontor.kpis.fulfilment.p90Hours',
      kind: 'hours',
      upIsGood: false,
      to: shipped,
    },
    {
      key: 'onTimeRate',
      label: 'kontor.kpis.fulfilment.onTimeRate',
      kind: 'percent',
      upIsGood: true,
      to: shipped,
      hint: <OnTimeHint hours={hours} />,
    },
  ];
}

const OnTimeHint = ({ hours }: { hours: number }) => {
  const translate = useTranslate();
  return <>{translate('kontor.kpis.fulfilment.onTimeHint', { hours })}</>;
};

export const FulfilmentWidgets = ({ report }: { report: KpiReport | undefined }) => {
  const format = useFormatters();
  const navigate = useNavigate();
  const fulfilment = report?.fulfilment;
  if (!report || !fulfilment) {
    return (
      <WidgetSection title="kontor.kpis.fulfilment.title">
        <CardGridSkeleton count={5} />
        <ChartSkeleton />
      </WidgetSection>
    );
  }
  return (
    <WidgetSection title="kontor.kpis.fulfilment.title">
      <CardGrid>
        <FigureCards
          figures={fulfilmentFigures(report)}
          current={fulfilment.current}
          previous={fulfilment.previous}
        />
        <KpiCard
          label="kontor.kpis.fulfilment.lateOpenOrders"
          value={format.count(fulfilment.lateOpenOrders)}
          to={listPath(lateOrders(report))}
        />
      </CardGrid>
      {fulfilment.current.measured + fulfilment.previous.measured > 0 ? (
        <Panel title="kontor.kpis.fulfilment.chart">
          <LeadTimeChart fulfilment={fulfilment} onSelect={() => navigate(listPath(shippedOrders(report)))} />
        </Panel>
      ) : null}
      <LateByMethod report={report} />
    </WidgetSection>
  );
};
