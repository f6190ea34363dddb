import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  EditButton,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { formatShopTime } from '../../components/ShopDateTimeInput';
import { useShopTimeZone } from '../../components/ShopSettingsContext';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { usePromotionsApi } from './queries';
import { TimelineButton } from './TimelineButton';

/**
 * Pause for a promotion that runs or is about to, resume for a paused one;
 * only for roles that may edit promotions. The server must confirm, so the
 * page changes only once it has answered.
 */
const PauseResumeButton = ({ promotion }: { promotion: PromotionRecord }) => {
  const api = usePromotionsApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const resuming = promotion.paused;
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      resuming
        ? api.resumePromotion(promotion.id, promotion.version)
        : api.pausePromotion(promotion.id, promotion.version),
    onSuccess: () => {
      notify(resuming ? 'kontor.promotions.actions.resumed' : 'kontor.promotions.actions.paused', {
        type: 'info',
      });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const canPause = !promotion.paused && (promotion.status === 'active' || promotion.status === 'scheduled');
  if (!resuming && !canPause) return null;
  return (
    <Button
      label={resuming ? 'kontor.promotions.actions.resume' : 'kontor.promotions.actions.pause'}
      onClick={() => mutate()}
      disabled={isPending}
    >
      {resuming ? <PlayArrowIcon /> : <PauseIcon />}
    </Button>
  );
};

export const PromotionShowActions = () => {
  const promotion = useRecordContext<PromotionRecord>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'promotions', action: 'edit' });
  return (
    <TopToolbar>
      <TimelineButton />
      {promotion && canEdit && <PauseResumeButton promotion={promotion} />}
      {canEdit && <EditButton />}
    </TopToolbar>
  );
};

/** What the status means for shoppers, and for drafts and scheduled ones how to activate them. */
export const StatusBanner = () => {
  const promotion = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useShopTimeZone();
  if (!promotion) return null;
  const severity =
    promotion.status === 'active' ? 'success' : promotion.status === 'paused' ? 'warning' : 'info';
  return (
    <Alert severity={severity} variant="outlined">
      {translate(`kontor.promotions.banner.${promotion.status}`, {
        start: formatShopTime(promotion.startsAt, locale, true, timeZone),
        end: formatShopTime(promotion.endsAt, locale, true, timeZone),
      })}
    </Alert>
  );
};
