/** The timeline itself: week columns, a bar per promotion, and how many run each week. */
import { Box, Typography, useTheme, type Theme } from '@mui/material';
import { useEffect, useRef } from 'react';
import { Link, RecordContextProvider, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { StatusChip } from '../../components/StatusChip';
import { statusColor } from '../../components/statusColors';
import { PROMOTION_STATUSES } from '../../domain/promotions';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { PromotionValueField, useFormatWindow } from './promotionFields';
import { barOf, runningPerWeek, weekOffset, type Week } from './timeline';

function barColor(theme: Theme, status: PromotionRecord['status']): string {
  const color = statusColor('promotion', status);
  return color === 'default'
    ? theme.palette.grey[theme.palette.mode === 'dark' ? 600 : 400]
    : theme.palette[color].main;
}

/** Week columns and the rows' first column: the name stays in view while the weeks scroll sideways. */
const grid = (weeks: number) => ({
  display: 'grid',
  gridTemplateColumns: {
    xs: `120px repeat(${weeks}, minmax(44px, 1fr))`,
    sm: `200px repeat(${weeks}, minmax(48px, 1fr))`,
  },
  alignItems: 'stretch',
});
const stickyName = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  bgcolor: 'background.paper',
  pr: 1,
  py: 0.5,
  borderRight: 1,
  borderColor: 'divider',
  minWidth: 0,
} as const;

/** Which colour is which status; drafts are the dashed ones. */
const Legend = ({ statuses }: { statuses: readonly PromotionRecord['status'][] }) => (
  <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
    {PROMOTION_STATUSES.filter((status) => statuses.includes(status)).map((status) => (
      <StatusChip key={status} kind="promotion" value={status} />
    ))}
  </Box>
);

const WeekHeader = ({ weeks, running }: { weeks: Week[]; running: number[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = (key: string) =>
    new Date(`${key}T12:00:00Z`).toLocaleDateString(locale, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  return (
    <>
      <Box sx={stickyName} />
      {weeks.map((week) => (
        <Typography
          key={week.key}
          variant="caption"
          sx={{ textAlign: 'center', py: 0.5, whiteSpace: 'nowrap' }}
        >
          {label(week.key)}
        </Typography>
      ))}
      <Typography variant="caption" color="text.secondary" sx={stickyName}>
        {translate('kontor.promotions.timeline.running')}
      </Typography>
      {running.map((count, index) => (
        <Box
          key={weeks[index]!.key}
          title={translate('kontor.promotions.timeline.runningCount', { smart_count: count })}
          sx={{
            textAlign: 'center',
            typography: 'caption',
            fontWeight: count > 1 ? 700 : 400,
            py: 0.5,
            m: '1px',
            borderRadius: 1,
            color: count > 1 ? 'warning.contrastText' : 'text.secondary',
            bgcolor: count > 2 ? 'warning.dark' : count > 1 ? 'warning.main' : 'transparent',
          }}
        >
          {count}
        </Box>
      ))}
    </>
  );
};

const TimelineRow = ({
  promotion,
  weeks,
  nowOffset,
}: {
  promotion: PromotionRecord;
  weeks: Week[];
  nowOffset: number;
}) => {
  const theme = useTheme();
  const createPath = useCreatePath();
  const formatWindow = useFormatWindow();
  const bar = barOf(promotion, weeks);
  if (!bar) return null;
  const windowText = formatWindow(promotion);
  const to = createPath({ resource: 'promotions', type: 'show', id: promotion.id });
  const color = barColor(theme, promotion.status);
  const n = weeks.length;
  return (
    <RecordContextProvider value={promotion}>
      <Box sx={stickyName}>
        <Link
          to={to}
          variant="body2"
          sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {promotion.name}
        </Link>
      </Box>
      <Box
        sx={{
          gridColumn: `2 / span ${n}`,
          position: 'relative',
          minHeight: 36,
          backgroundImage: `linear-gradient(to right, ${theme.palette.divider} 1px, transparent 1px)`,
          backgroundSize: `${100 / n}% 100%`,
        }}
      >
        <Box
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: `${(nowOffset / n) * 100}%`,
            borderLeft: 2,
            borderColor: 'error.main',
          }}
        />
        <Box
          component={Link}
          to={to}
          title={`${promotion.name} · ${windowText}`}
          sx={{
            position: 'absolute',
            top: 6,
            bottom: 6,
            left: `${(bar.start / n) * 100}%`,
            width: `max(6px, ${((bar.end - bar.start) / n) * 100}%)`,
            bgcolor: promotion.status === 'draft' ? 'transparent' : color,
            border: `2px ${promotion.status === 'draft' ? 'dashed' : 'solid'} ${color}`,
            borderRadius: `${bar.continuesBefore ? 0 : 6}px ${bar.continuesAfter ? 0 : 6}px ${bar.continuesAfter ? 0 : 6}px ${bar.continuesBefore ? 0 : 6}px`,
            color: promotion.status === 'draft' ? 'text.primary' : theme.palette.getContrastText(color),
            typography: 'caption',
            px: 0.5,
            overflow: 'hidden',
            whiteSpace: 'nowrap',
            textDecoration: 'none',
            display: 'flex',
            alignItems: 'center',
          }}
        >
          <PromotionValueField />
          <Box component="span" sx={{ ml: 0.5, display: { xs: 'none', md: 'inline' } }}>
            · {windowText}
          </Box>
        </Box>
      </Box>
    </RecordContextProvider>
  );
};

/**
 * Bars coloured by status (drafts dashed), a red line for now, and per week
 * how many promotions run at once (drafts aside), so overlaps stand out. The
 * weeks scroll sideways inside their own region on narrow screens.
 */
export const TimelineChart = ({
  promotions,
  weeks,
  now,
}: {
  promotions: readonly PromotionRecord[];
  weeks: Week[];
  now: Date;
}) => {
  const translate = useTranslate();
  const nowOffset = weekOffset(weeks, now.getTime());
  const scroller = useRef<HTMLDivElement>(null);
  // When the weeks do not fit, start scrolled so the week before now sits next to the names.
  useEffect(() => {
    const region = scroller.current;
    const nameColumn = region?.firstElementChild?.firstElementChild;
    if (!region || !(nameColumn instanceof HTMLElement)) return;
    const track = region.scrollWidth - nameColumn.offsetWidth;
    region.scrollLeft = Math.max(0, ((nowOffset - 1) / weeks.length) * track);
  }, [nowOffset, weeks.length]);
  return (
    <>
      <Legend statuses={promotions.map((promotion) => promotion.status)} />
      {/* A one-track grid that may shrink to nothing: the weeks scroll here instead of widening the page. */}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <Box
          ref={scroller}
          sx={{ overflowX: 'auto' }}
          role="region"
          aria-label={translate('kontor.promotions.timeline.title')}
          tabIndex={0}
        >
          <Box sx={grid(weeks.length)}>
            <WeekHeader
              weeks={weeks}
              running={runningPerWeek(
                promotions.filter((p) => !p.draft),
                weeks,
              )}
            />
            {promotions.map((promotion) => (
              <TimelineRow key={promotion.id} promotion={promotion} weeks={weeks} nowOffset={nowOffset} />
            ))}
          </Box>
          {promotions.length === 0 && (
            <Typography color="text.secondary" sx={{ py: 2 }}>
              {translate('kontor.promotions.timeline.none')}
            </Typography>
          )}
        </Box>
      </Box>
    </>
  );
};
