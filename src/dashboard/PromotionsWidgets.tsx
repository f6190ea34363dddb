/** Promotions: what discounts cost, sales with and without one, and the cost per promotion. */
import { Chip, Stack } from '@mui/material';
import { Link, useNavigate, useTranslate } from 'react-admin';
import { listPath, ordersByPromotionUse, promotionOrders } from '../domain/kpis/drilldown';
import type { KpiReport, PromotionTotals } from '../domain/kpis/types';
import { FigureCards, type Figure } from './FigureCards';
import { useFormatters } from './format';
import { CardGrid, CardGridSkeleton, EmptyNote, Panel, WidgetSection } from './layout';
import { RankedBarChart } from './lazyCharts';

function promotionFigures(report: KpiReport): Figure<PromotionTotals>[] {
  const withPromotion = listPath(ordersByPromotionUse(report, true));
  return [
    {
      key: 'discountCost',
      label: 'kontor.kpis.promotions.discountCost',
      kind: 'money',
      upIsGood: false,
      to: withPromotion,
    },
    {
      key: 'salesWithPromotion',
      label: 'kontor.kpis.promotions.withPromotion',
      kind: 'money',
      upIsGood: true,
      to: withPromotion,
    },
    {
      key: 'salesWithoutPromotion',
      label: 'kontor.kpis.promotions.withoutPromotion',
      kind: 'money',
      upIsGood: true,
      to: listPath(ordersByPromotionUse(report, false)),
    },
  ];
}

export const PromotionsWidgets = ({ report }: { report: KpiReport | undefined }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const format = useFormatters();
  const promotions = report?.promotions;
  if (!report || !promotions) {
    return (
      <WidgetSection title="kontor.kpis.promotions.title">
        <CardGridSkeleton count={3} />
      </WidgetSection>
    );
  }
  const uses = promotions.byPromotion;
  return (
    <WidgetSection title="kontor.kpis.promotions.title">
      <CardGrid>
        <FigureCards
          figures={promotionFigures(report)}
          current={promotions.current}
          previous={promotions.previous}
        />
      </CardGrid>
      <Panel title="kontor.kpis.promotions.chart">
        {uses.length === 0 ? (
          <EmptyNote message="kontor.kpis.promotions.empty" />
        ) : (
          <>
            <RankedBarChart
              rows={uses.map((u) => ({ label: u.name, value: u.discountCost }))}
              formatValue={format.compactMoney}
              onSelect={(index) => {
                const use = uses[index];
                if (use) navigate(listPath(promotionOrders(report, use.promotionId)));
              }}
            />
            <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 1 }}>
              {uses.map((u) => (
                <Chip
                  key={u.promotionId}
                  component={Link}
                  to={listPath(promotionOrders(report, u.promotionId))}
                  clickable
                  size="small"
                  variant="outlined"
                  label={`${u.name}: ${translate('kontor.kpis.promotions.uses', { smart_count: u.uses })} · ${format.money(u.discountCost)}`}
                />
              ))}
            </Stack>
          </>
        )}
      </Panel>
    </WidgetSection>
  );
};
