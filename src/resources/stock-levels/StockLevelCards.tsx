import { Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Link,
  RecordContextProvider,
  useCreatePath,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { StockFigures, StockLevelHeading } from './StockFigures';
import { DaysOfCoverField, InTransitField, type StockLevelView } from './stockFields';
import { StockRowActions } from './StockRowActions';

export interface StockLevelCardsProps {
  /** Shown under the figures of each card (the inbox's velocity and suggestion). */
  details?: ReactNode;
  /** Buttons instead of count/adjust/edit. */
  actions?: ReactNode;
}

/** A stock level per card for phones: big numbers, big buttons, a tap on the heading opens it. */
export const StockLevelCards = ({ details, actions }: StockLevelCardsProps) => {
  const { data, isPending } = useListContext<StockLevelView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  if (isPending || !data) return null;
  if (data.length === 0) {
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        {translate('kontor.stock-levels.noResults')}
      </Typography>
    );
  }
  return (
    <Stack spacing={1.5} sx={{ p: 1 }}>
      {data.map((level) => (
        <RecordContextProvider key={level.id} value={level}>
          <Card variant="outlined" component="article">
            <CardActionArea
              component={Link}
              to={createPath({ resource: 'stock-levels', type: 'show', id: level.id })}
              sx={{ px: 2, pt: 1.5, pb: 1 }}
            >
              <StockLevelHeading level={level} />
            </CardActionArea>
            <CardContent sx={{ pt: 0.5, '&:last-child': { pb: 2 } }}>
              <StockFigures level={level} />
              <Stack
                direction="row"
                spacing={2}
                useFlexGap
                sx={{ flexWrap: 'wrap', my: 1, alignItems: 'center' }}
              >
                <Typography variant="body2" component="span">
                  {translate('resources.stock-levels.fields.reorderPoint')}:{' '}
                  {level.reorderPoint.toLocaleString(locale)}
                </Typography>
                <DaysOfCoverField />
                <InTransitField hideEmpty />
              </Stack>
              {details}
              {actions ?? <StockRowActions size="large" />}
            </CardContent>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
};
