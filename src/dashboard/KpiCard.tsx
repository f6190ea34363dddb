import { Card, CardActionArea, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useTranslate } from 'react-admin';
import { ChangeIndicator, type ChangeIndicatorProps } from './ChangeIndicator';

export interface KpiCardProps {
  /** Translation key of the figure's name. */
  label: string;
  /** The figure, formatted; null when there is none (no orders, no sales). */
  value: string | null;
  comparison?: ChangeIndicatorProps;
  /** A line under the figure, already translated. */
  hint?: ReactNode;
  /** The list behind the figure, e.g. `/orders?filter=…`. */
  to?: string;
}

const Body = ({ label, value, comparison, hint }: KpiCardProps) => {
  const translate = useTranslate();
  return (
    <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
      {/* Two lines at most: names like "At or below reorder point" need them on a phone. */}
      <Typography
        variant="body2"
        color="text.secondary"
        component="h3"
        title={translate(label)}
        sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
      >
        {translate(label)}
      </Typography>
      <Stack direction="row" alignItems="baseline" spacing={1} useFlexGap flexWrap="wrap">
        <Typography
          variant="h5"
          component="p"
          sx={{ fontWeight: 600, fontSize: { xs: '1.25rem', sm: '1.5rem' } }}
        >
          {value ?? translate('kontor.kpis.missing')}
        </Typography>
        {comparison ? <ChangeIndicator {...comparison} /> : null}
      </Stack>
      {hint ? (
        <Typography variant="caption" color="text.secondary" component="p">
          {hint}
        </Typography>
      ) : null}
    </CardContent>
  );
};

/** One figure with its change; the whole card opens the list behind it. */
export const KpiCard = (props: KpiCardProps) => (
  <Card variant="outlined" sx={{ height: '100%' }} data-kpi={props.label}>
    {props.to ? (
      <CardActionArea component={Link} to={props.to} sx={{ height: '100%' }}>
        <Body {...props} />
      </CardActionArea>
    ) : (
      <Body {...props} />
    )}
  </Card>
);

export const KpiCardSkeleton = () => (
  <Card variant="outlined" sx={{ height: '100%' }} aria-busy="true">
    <CardContent sx={{ p: 1.5 }}>
      <Skeleton width="60%" />
      <Skeleton width="40%" height={36} />
    </CardContent>
  </Card>
);
