import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Button } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { BooleanInput, NumberInput, useRecordContext, useTranslate } from 'react-admin';
import { ShopDateTimeInput } from '../../components/ShopDateTimeInput';
import { StatusChip } from '../../components/StatusChip';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { statusAfterSaving, type FormValues } from './candidate';
import { twoColumns } from './PromotionInputs';

const MINUTE_MS = 60_000;

/**
 * The status the promotion will have once saved, derived by the domain's rule
 * from the form's values, with what to change to activate it.
 */
const StatusPreview = () => {
  const translate = useTranslate();
  const values = useWatch() as FormValues;
  const record = useRecordContext<PromotionRecord>();
  const status = statusAfterSaving(values, record?.id != null ? record : undefined, new Date());
  if (!status) return null;
  return (
    <Alert
      severity={
        status === 'active' ? 'success' : status === 'draft' || status === 'scheduled' ? 'info' : 'warning'
      }
      icon={false}
      aria-live="polite"
      sx={{ mb: 2 }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
        {translate('kontor.promotions.form.statusAfterSaving')}
        <StatusChip kind="promotion" value={status} />
      </Box>
      {translate(`kontor.promotions.form.statusHint.${status}`)}
    </Alert>
  );
};

/** When it runs (in the shop's time zone), whether it is still a draft, and how it ranks among others. */
export const ScheduleInputs = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  // To the minute, as the input shows it: what one sees is what gets saved.
  const startNow = () =>
    setValue('startsAt', new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS).toISOString(), {
      shouldDirty: true,
      shouldValidate: true,
    });
  return (
    <>
      <Box sx={twoColumns}>
        <Box>
          <ShopDateTimeInput source="startsAt" isRequired />
          <Button
            size="small"
            startIcon={<PlayArrowIcon />}
            onClick={startNow}
            sx={{ mt: -1, mb: 2, minHeight: 40 }}
          >
            {translate('kontor.promotions.form.startNow')}
          </Button>
        </Box>
        <ShopDateTimeInput source="endsAt" helperText="kontor.promotions.form.endsHint" />
      </Box>
      <BooleanInput source="draft" helperText="kontor.promotions.form.draftHint" />
      <StatusPreview />
      <Box sx={twoColumns}>
        <NumberInput
          source="priority"
          min={0}
          max={1000}
          step={1}
          helperText="kontor.promotions.form.priorityHint"
        />
        <BooleanInput source="combinable" helperText="kontor.promotions.form.combinableHint" />
      </Box>
    </>
  );
};
