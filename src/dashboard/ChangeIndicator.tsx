import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { change } from '../domain/kpis/stats';
import { useFormatters } from './format';

export interface ChangeIndicatorProps {
  current: number | null;
  previous: number | null;
  /** Whether a rise is good news (sales) or bad (refunds, late orders): it decides the colour. */
  upIsGood: boolean;
}

/** The change against the comparison period: an arrow and a percentage, green when it is good news. */
export const ChangeIndicator = ({ current, previous, upIsGood }: ChangeIndicatorProps) => {
  const translate = useTranslate();
  const format = useFormatters();
  const difference = change(current, previous);
  if (!difference || difference.ratio === null) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('kontor.kpis.change.none')}
      </Typography>
    );
  }
  const percent = format.percent(Math.abs(difference.ratio));
  const direction = difference.delta > 0 ? 'up' : difference.delta < 0 ? 'down' : 'same';
  const good = direction === 'same' ? null : (direction === 'up') === upIsGood;
  const Arrow = direction === 'up' ? ArrowUpwardIcon : direction === 'down' ? ArrowDownwardIcon : null;
  return (
    <Box
      component="span"
      role="img"
      aria-label={translate(`kontor.kpis.change.${direction}`, { percent })}
      data-trend={direction}
      data-good={good === null ? undefined : String(good)}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.25,
        color: good === null ? 'text.secondary' : good ? 'success.main' : 'error.main',
      }}
    >
      {Arrow ? <Arrow sx={{ fontSize: '1rem' }} /> : null}
      <Typography component="span" variant="caption" sx={{ fontWeight: 600, color: 'inherit' }}>
        {direction === 'same' ? '±0' : percent}
      </Typography>
    </Box>
  );
};
