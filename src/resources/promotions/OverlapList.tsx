import { Box, Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, useCreatePath, useTranslate } from 'react-admin';
import { StatusChip } from '../../components/StatusChip';
import type { PromotionOverlap } from '../../providers/operations/promotions';
import { useExplain } from './DryRunExplanations';
import { PromotionValueField, PromotionWindowField } from './promotionFields';

export interface OverlapListProps {
  overlaps: readonly PromotionOverlap[];
  /** Names link to the promotions' pages (not inside a form, where leaving would lose the edits). */
  linked?: boolean;
}

/** Other promotions that meet this one in time and targeting, and how each pair combines in a cart. */
export const OverlapList = ({ overlaps, linked = false }: OverlapListProps) => {
  const translate = useTranslate();
  const explain = useExplain();
  const createPath = useCreatePath();
  return (
    <List disablePadding aria-label={translate('kontor.promotions.overlaps.title')}>
      {overlaps.map(({ promotion, combination }) => (
        <RecordContextProvider key={promotion.id} value={promotion}>
          <ListItem disableGutters divider sx={{ display: 'block' }}>
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="subtitle2" component="span">
                {linked ? (
                  <Link to={createPath({ resource: 'promotions', type: 'show', id: promotion.id })}>
                    {promotion.name}
                  </Link>
                ) : (
                  promotion.name
                )}
              </Typography>
              <StatusChip kind="promotion" value={promotion.status} />
              <Chip
                size="small"
                variant="outlined"
                color={combination.bothApply ? 'info' : 'warning'}
                label={translate(`kontor.promotions.overlaps.${combination.bothApply ? 'both' : 'oneOnly'}`)}
              />
            </Stack>
            <Typography variant="caption" color="text.secondary" component="p">
              <PromotionValueField /> · <PromotionWindowField />
            </Typography>
            <Box component="p" sx={{ typography: 'body2', m: 0, mt: 0.5 }}>
              {explain(combination.explanation)}
            </Box>
          </ListItem>
        </RecordContextProvider>
      ))}
    </List>
  );
};
