import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, ButtonGroup, Card, CardContent, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  ListButton,
  Loading,
  Title,
  TopToolbar,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatShopTime } from '../../components/ShopDateTimeInput';
import { useShopTimeZone } from '../../components/ShopSettingsContext';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { isInRange, shopWeeks } from './timeline';
import { TimelineChart } from './TimelineChart';

const WEEKS_SHOWN = 16;
/** The default view starts a month back, so what just ended is still in sight. */
const WEEKS_BEFORE_TODAY = 4;
const STEP = 4;
const MAX_PROMOTIONS = 1000;

/**
 * The promotions timeline page: sixteen shop weeks from a month back, moved
 * four weeks at a time; every promotion whose window touches them is a bar.
 */
const PromotionTimeline = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [shift, setShift] = useState(0);
  const now = useMemo(() => new Date(), []);
  const timeZone = useShopTimeZone();
  const weeks = useMemo(
    () => shopWeeks(now, shift - WEEKS_BEFORE_TODAY, WEEKS_SHOWN, timeZone),
    [now, shift, timeZone],
  );
  const rangeEnd = new Date(weeks[weeks.length - 1]!.endMs).toISOString();
  const { data, isPending, error } = useGetList<PromotionRecord>('promotions', {
    filter: { startsAt_lt: rangeEnd },
    sort: { field: 'startsAt', order: 'ASC' },
    pagination: { page: 1, perPage: MAX_PROMOTIONS },
  });
  const shown = (data ?? []).filter((promotion) => isInRange(promotion, weeks));
  const range = translate('kontor.promotions.range', {
    start: formatShopTime(new Date(weeks[0]!.startMs).toISOString(), locale, false, timeZone),
    end: formatShopTime(new Date(weeks[weeks.length - 1]!.endMs - 1).toISOString(), locale, false, timeZone),
  });

  return (
    <Box>
      <Title title={translate('kontor.promotions.timeline.title')} />
      <TopToolbar>
        <ListButton resource="promotions" />
      </TopToolbar>
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
            <Typography variant="h6" component="h2" sx={{ flex: '1 1 auto' }}>
              {range}
            </Typography>
            <ButtonGroup variant="outlined" size="small">
              <Button
                onClick={() => setShift(shift - STEP)}
                aria-label={translate('kontor.promotions.timeline.earlier')}
                sx={{ minHeight: 40 }}
              >
                <ChevronLeftIcon />
              </Button>
              <Button onClick={() => setShift(0)}>{translate('kontor.promotions.timeline.today')}</Button>
              <Button
                onClick={() => setShift(shift + STEP)}
                aria-label={translate('kontor.promotions.timeline.later')}
              >
                <ChevronRightIcon />
              </Button>
            </ButtonGroup>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('kontor.promotions.timeline.hint', { zone: timeZone })}
          </Typography>
          {error ? (
            <Alert severity="error">{translate('kontor.promotions.timeline.error')}</Alert>
          ) : isPending ? (
            <Loading />
          ) : (
            <TimelineChart promotions={shown} weeks={weeks} now={now} />
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

export default PromotionTimeline;
