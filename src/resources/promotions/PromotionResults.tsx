import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import {
  Alert,
  Box,
  LinearProgress,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  Button,
  Link,
  useCanAccess,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import { Section } from '../../components/Section';
import type { Id } from '../../domain/types';
import type { PromotionPerformance, PromotionRecord } from '../../providers/operations/promotions';
import { usePerformance } from './queries';

/** The orders list filtered to the orders that used the promotion (cancelled ones included). */
export const ordersPath = (promotionId: Id) =>
  `/orders?filter=${encodeURIComponent(JSON.stringify({ promotionIds: promotionId }))}`;

const OrdersLink = ({ promotionId }: { promotionId: Id }) => {
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'list' });
  const translate = useTranslate();
  const { total } = useGetList(
    'orders',
    { filter: { promotionIds: promotionId }, pagination: { page: 1, perPage: 1 } },
    { enabled: !!canAccess },
  );
  if (!canAccess) return null;
  return (
    <Button
      component={Link}
      to={ordersPath(promotionId)}
      label={translate('kontor.promotions.results.orders', { smart_count: total ?? 0 })}
      variant="outlined"
      sx={{ minHeight: 40 }}
    >
      <ReceiptLongIcon />
    </Button>
  );
};

/** Discount given so far against the budget, as a bar that turns red when little is left. */
const BudgetBar = ({ given, budget }: { given: number; budget: number | null }) => {
  const translate = useTranslate();
  const money = useFormatMoney();
  const [locale] = useLocaleState();
  if (budget === null) {
    return (
      <Typography variant="body2">
        {translate('kontor.promotions.results.givenNoBudget', { given: money(given) })}
      </Typography>
    );
  }
  const share = budget > 0 ? Math.min(1, given / budget) : 1;
  const percent = share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
  const label = translate('kontor.promotions.results.givenOfBudget', {
    given: money(given),
    budget: money(budget),
    percent,
  });
  return (
    <Box>
      <Typography variant="body2" id="budget-label">
        {label}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={share * 100}
        color={share >= 0.9 ? 'error' : share >= 0.7 ? 'warning' : 'primary'}
        aria-labelledby="budget-label"
        sx={{ height: 10, borderRadius: 5, mt: 0.5 }}
      />
    </Box>
  );
};

const ROWS = [
  ['sales', 'sales', 'salesWithout'],
  ['shipping', 'shipping', 'shippingWithout'],
  ['margin', 'margin', 'marginWithout'],
] as const satisfies readonly (readonly [string, keyof PromotionPerformance, keyof PromotionPerformance])[];

const num = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** Sales, shipping and margin of the orders that used it, as placed and re-priced without it. */
const PerformanceTable = ({ performance }: { performance: PromotionPerformance }) => {
  const translate = useTranslate();
  const money = useFormatMoney();
  return (
    <Table size="small" aria-label={translate('kontor.promotions.results.performance')}>
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell sx={num}>{translate('kontor.promotions.results.with')}</TableCell>
          <TableCell sx={num}>{translate('kontor.promotions.results.without')}</TableCell>
          <TableCell sx={num}>{translate('kontor.promotions.results.difference')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {ROWS.map(([label, withField, withoutField]) => {
          const difference = performance[withField] - performance[withoutField];
          return (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {translate(`kontor.promotions.results.${label}`)}
              </TableCell>
              <TableCell sx={num}>{money(performance[withField])}</TableCell>
              <TableCell sx={num}>{money(performance[withoutField])}</TableCell>
              <TableCell
                sx={{
                  ...num,
                  color: difference < 0 ? 'error.main' : difference > 0 ? 'success.main' : undefined,
                }}
              >
                {money(difference)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** What the promotion did: uses, discount against budget, the orders, sales and margin with and without it. */
export const PromotionResults = () => {
  const promotion = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const { data: performance, error } = usePerformance(promotion?.id);
  if (!promotion) return null;
  return (
    <Section title="kontor.promotions.results.title">
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography variant="body2">
            {translate('kontor.promotions.results.uses', { smart_count: promotion.usageCount })}
          </Typography>
          <OrdersLink promotionId={promotion.id} />
        </Box>
        <BudgetBar given={promotion.discountGiven} budget={promotion.budget} />
        {error ? (
          <Alert severity="error">{translate('kontor.promotions.results.error')}</Alert>
        ) : performance?.orders === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('kontor.promotions.results.noOrders')}
          </Typography>
        ) : performance ? (
          <Box sx={{ overflowX: 'auto' }}>
            <PerformanceTable performance={performance} />
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {translate('kontor.promotions.results.performanceHint', { smart_count: performance.orders })}
            </Typography>
          </Box>
        ) : (
          <Skeleton variant="rectangular" height={120} />
        )}
      </Box>
    </Section>
  );
};
