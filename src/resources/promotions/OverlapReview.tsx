import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { setSubmissionErrors, useSaveContext, useTranslate } from 'react-admin';
import type { PromotionOverlap } from '../../providers/operations/promotions';
import type { FormValues } from './candidate';
import { OverlapList } from './OverlapList';

export interface PendingSave {
  values: FormValues;
  overlaps: PromotionOverlap[];
}

/**
 * Shown when saving would make the promotion meet others: it lists them with
 * how they combine and saves only once confirmed. Lives inside the form, so the
 * server's field errors of the confirmed save still land next to the fields.
 */
export const OverlapReview = ({ pending, onClose }: { pending: PendingSave | null; onClose: () => void }) => {
  const translate = useTranslate();
  const { save, saving } = useSaveContext();
  const { setError } = useFormContext();
  const fullScreen = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const confirm = async () => {
    if (!pending || !save) return;
    onClose();
    const errors: unknown = await save(pending.values);
    if (errors && typeof errors === 'object') setSubmissionErrors(errors as Record<string, string>, setError);
  };
  const count = pending?.overlaps.length ?? 0;
  return (
    <Dialog
      open={pending !== null}
      onClose={onClose}
      fullScreen={fullScreen}
      aria-labelledby="overlap-review-title"
    >
      <DialogTitle id="overlap-review-title">
        {translate('kontor.promotions.overlaps.reviewTitle', { smart_count: count })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          {translate('kontor.promotions.overlaps.reviewIntro')}
        </DialogContentText>
        {pending && <OverlapList overlaps={pending.overlaps} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} sx={{ minHeight: 44 }}>
          {translate('kontor.promotions.overlaps.backToEditing')}
        </Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={saving} sx={{ minHeight: 44 }}>
          {translate('kontor.promotions.overlaps.saveAnyway')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
