import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField, useTranslate } from 'react-admin';
import { useFormatMoney } from '../../components/MoneyField';
import { statusLabelKey } from '../../components/statusColors';
import type { BulkChange } from '../../providers/operations/catalog';

/** Long previews show this many products; the rest are counted. */
export const PREVIEW_ROWS = 50;

/** One changed value, worded for people: money in euros, a status by its label, a category by its name. */
const BulkValue = ({ field, value }: { field: string; value: unknown }) => {
  const formatMoney = useFormatMoney();
  const translate = useTranslate();
  if (value === null || value === undefined) return <>—</>;
  if (field === 'price' && typeof value === 'number') return <>{formatMoney(value)}</>;
  if (field === 'status') return <>{translate(statusLabelKey('product', String(value)))}</>;
  if (field === 'categoryId') {
    return (
      <RecordContextProvider value={{ id: 0, categoryId: value }}>
        <ReferenceField source="categoryId" reference="categories" link={false} />
      </RecordContextProvider>
    );
  }
  return <>{String(value)}</>;
};

const BeforeAfter = ({ change }: { change: BulkChange }) => (
  <>
    {Object.keys(change.after).map((field) => (
      <Box component="span" key={field} sx={{ display: 'block' }}>
        <Box component="span" sx={{ textDecoration: 'line-through' }}>
          <BulkValue field={field} value={change.before[field as keyof typeof change.before]} />
        </Box>
        {' → '}
        <Box component="span" sx={{ color: 'text.primary', fontWeight: 500 }}>
          <BulkValue field={field} value={change.after[field as keyof typeof change.after]} />
        </Box>
      </Box>
    ))}
  </>
);

/** What a bulk edit changes, product by product, as old → new. */
export const BulkChangeList = ({ changes }: { changes: readonly BulkChange[] }) => {
  const translate = useTranslate();
  const shown = changes.slice(0, PREVIEW_ROWS);
  return (
    <>
      <List dense disablePadding aria-label={translate('kontor.products.bulk.previewList')}>
        {shown.map((change) => (
          <ListItem key={change.id} divider disableGutters>
            <ListItemText
              primary={`${change.sku} · ${change.name}`}
              secondary={<BeforeAfter change={change} />}
              slotProps={{ secondary: { component: 'div' } }}
            />
          </ListItem>
        ))}
      </List>
      {changes.length > shown.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('kontor.products.bulk.more', { smart_count: changes.length - shown.length })}
        </Typography>
      )}
    </>
  );
};
