import { Box } from '@mui/material';
import { useMemo, useState } from 'react';
import { SimpleForm, useRecordContext, useSaveContext } from 'react-admin';
import { domainFormValidator } from '../../components/domainValidation';
import { Section } from '../../components/Section';
import { useShopTimeZone } from '../../components/ShopSettingsContext';
import { validatePromotion } from '../../domain/validation/records';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { candidateOf, newPromotionDefaults, type FormValues } from './candidate';
import { DryRun } from './DryRun';
import { OverlapReview, type PendingSave } from './OverlapReview';
import { DiscountInputs, LimitInputs, TargetingInputs } from './PromotionInputs';
import { usePromotionsApi } from './queries';
import { ScheduleInputs } from './ScheduleInputs';

const MONEY_FIELDS = ['value', 'minSubtotal', 'budget'];

/**
 * For Create and Edit: their card clips its content, which would keep the dry
 * run from sticking in view while the inputs beside it scroll.
 */
export const stickyDryRunSx = { '& .RaCreate-card, & .RaEdit-card': { overflow: 'visible' } } as const;

/** Inputs on the left, the dry run beside them on wide screens (and below them on narrow ones). */
const layout = {
  display: 'grid',
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
  gap: 3,
  width: '100%',
  alignItems: 'start',
} as const;

/**
 * Create and edit share this form. Saving first asks the API which other
 * promotions the new values would meet; if any, the save waits for the user to
 * confirm having seen them (OverlapReview), because a clash is cheap to fix
 * before it goes live and costly after — shoppers may already have been
 * priced by it.
 */
export const PromotionForm = () => {
  const record = useRecordContext<PromotionRecord>();
  const existing = record?.id != null ? record : undefined;
  const validate = useMemo(
    () =>
      domainFormValidator((input) => validatePromotion(input, existing ?? null), {
        record: existing,
        moneyFields: MONEY_FIELDS,
      }),
    [existing],
  );
  const timeZone = useShopTimeZone();
  const defaultValues = useMemo(
    () => (existing ? undefined : newPromotionDefaults(new Date(), timeZone)),
    [existing, timeZone],
  );
  const { save } = useSaveContext();
  const api = usePromotionsApi();
  const [pending, setPending] = useState<PendingSave | null>(null);

  const checkThenSave = async (values: FormValues) => {
    // The check only warns: if it cannot be made, the save goes ahead and the server has the last word.
    const overlaps = await api.checkPromotionOverlaps(candidateOf(values, existing?.id)).catch(() => []);
    if (overlaps.length > 0) {
      setPending({ values, overlaps });
      return undefined;
    }
    return save?.(values);
  };

  return (
    // noValidate: the domain's messages (in the console's language) judge the values, not the browser's.
    <SimpleForm validate={validate} defaultValues={defaultValues} onSubmit={checkThenSave} noValidate>
      <Box sx={layout}>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <Section title="kontor.promotions.form.discount">
            <DiscountInputs />
          </Section>
          <Section title="kontor.promotions.form.targeting">
            <TargetingInputs />
          </Section>
          <Section title="kontor.promotions.form.schedule">
            <ScheduleInputs />
          </Section>
          <Section title="kontor.promotions.form.limits">
            <LimitInputs />
          </Section>
        </Box>
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 72 }, minWidth: 0 }}>
          <DryRun />
        </Box>
      </Box>
      <OverlapReview pending={pending} onClose={() => setPending(null)} />
    </SimpleForm>
  );
};
