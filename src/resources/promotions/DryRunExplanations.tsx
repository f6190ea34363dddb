import { Alert, Box, Button, Collapse, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useShopTimeZone } from '../../components/ShopSettingsContext';
import { pickLocale } from '../../domain/messages';
import { renderExplanation, type Explanation } from '../../domain/pricing';
import type { Id } from '../../domain/types';
import type { Simulation } from '../../providers/operations/promotions';

/**
 * The form's promotion in a dry-run answer: the id it had when editing, else
 * the one the answer prices that its baseline (the cart without it) does not.
 */
export function candidateIdOf(result: Simulation, existingId: Id | undefined): Id | undefined {
  if (existingId !== undefined) return existingId;
  const baseline = result.baseline;
  if (!baseline) return undefined;
  const known = new Set([...baseline.applied, ...baseline.notApplied].map((p) => p.promotionId));
  return [...result.applied, ...result.notApplied].find((p) => !known.has(p.promotionId))?.promotionId;
}

/** Explanations in the console's language, with money and shop times formatted for it. */
export function useExplain() {
  const [locale] = useLocaleState();
  const language = pickLocale(locale);
  const timeZone = useShopTimeZone();
  return ({ key, params = {} }: { key: string; params?: Explanation['params'] }) =>
    renderExplanation(key, params, { locale: language, timeZone });
}

/** What applied to the sample cart and what did not, and why; the form's promotion first. */
export const DryRunExplanations = ({
  result,
  candidateId,
}: {
  result: Simulation;
  candidateId: Id | undefined;
}) => {
  const translate = useTranslate();
  const explain = useExplain();
  const [showSkipped, setShowSkipped] = useState(false);
  const reason = (key: string) => translate(`domain.promotions.reason.${key}`);
  const ownApplied = result.applied.find((p) => p.promotionId === candidateId);
  const ownSkipped = result.notApplied.find((p) => p.promotionId === candidateId);
  const othersApplied = result.applied.filter((p) => p.promotionId !== candidateId);
  const othersSkipped = result.notApplied.filter((p) => p.promotionId !== candidateId);

  return (
    <Box sx={{ display: 'grid', gap: 1.5, mt: 2 }}>
      {ownApplied && (
        <Alert severity="success" variant="outlined">
          {translate('kontor.promotions.dryRun.applies', { explanation: explain(ownApplied.explanation) })}
        </Alert>
      )}
      {ownSkipped && (
        <Alert severity="warning" variant="outlined">
          {translate('kontor.promotions.dryRun.doesNotApply', {
            reason: reason(ownSkipped.reason),
            explanation: explain(ownSkipped.explanation),
          })}
        </Alert>
      )}
      {othersApplied.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3">
            {translate('kontor.promotions.dryRun.othersApplied')}
          </Typography>
          <List dense disablePadding>
            {othersApplied.map((p) => (
              <ListItem key={p.promotionId} disableGutters>
                <ListItemText primary={p.name} secondary={explain(p.explanation)} />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
      {othersSkipped.length > 0 && (
        <Box>
          <Button size="small" onClick={() => setShowSkipped(!showSkipped)} aria-expanded={showSkipped}>
            {translate('kontor.promotions.dryRun.othersSkipped', { smart_count: othersSkipped.length })}
          </Button>
          <Collapse in={showSkipped} unmountOnExit>
            <List dense disablePadding>
              {othersSkipped.map((p) => (
                <ListItem key={p.promotionId} disableGutters>
                  <ListItemText
                    primary={`${p.name} — ${reason(p.reason)}`}
                    secondary={explain(p.explanation)}
                  />
                </ListItem>
              ))}
            </List>
          </Collapse>
        </Box>
      )}
    </Box>
  );
};
