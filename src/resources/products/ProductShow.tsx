import { Divider, Stack } from '@mui/material';
import { Labeled, ReferenceField, Show, TextField } from 'react-admin';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { Section } from '../../components/Section';
import { StatusChip } from '../../components/StatusChip';
import { MarginField } from './margin';
import { ProductOpenOrders } from './ProductOpenOrders';
import { ProductStockLevels, RecentStockMovements } from './ProductStock';
import { ProductThumbnail } from './ProductThumbnail';
import { AvailableStockField } from './StockStateField';

/**
 * A product with its stock in every warehouse, its latest stock movements and
 * (for roles that may read the audit log) its history. Open orders containing
 * it are not listed: the orders API cannot filter by product line yet.
 */
const ProductShow = () => (
  <Show aside={<RecordHistory resource="products" />} sx={withHistorySx}>
    <Stack spacing={3} sx={{ p: 2 }} divider={<Divider flexItem />}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <ProductThumbnail size={96} />
          <Labeled>
            <TextField source="name" variant="h6" />
          </Labeled>
        </Stack>
        <DetailGrid>
          <TextField source="sku" />
          <StatusChip kind="product" source="status" />
          <ReferenceField source="categoryId" reference="categories" emptyText="—" />
          <MoneyField source="price" />
          <MoneyField source="cost" />
          <MarginField label="resources.products.fields.marginPercent" />
          <AvailableStockField label="resources.products.fields.available" align="left" />
          <TextField source="barcode" emptyText="—" />
          <TextField source="weightGrams" />
          <LocalDateField source="updatedAt" />
        </DetailGrid>
        <Labeled>
          <TextField source="description" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
        </Labeled>
      </Stack>
      <Section title="kontor.products.stock.perWarehouse">
        <ProductStockLevels />
      </Section>
      <Section title="kontor.products.stock.recentMovements">
        <RecentStockMovements />
      </Section>
      <Section title="kontor.products.stock.openOrders">
        <ProductOpenOrders />
      </Section>
    </Stack>
  </Show>
);

export default ProductShow;
