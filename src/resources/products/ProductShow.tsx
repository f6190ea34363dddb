import { Stack } from '@mui/material';
import { Labeled, ReferenceField, Show, TextField } from 'react-admin';
import { DetailGrid } from '../../components/DetailGrid';
import { LocalDateField } from '../../components/LocalDateField';
import { MoneyField } from '../../components/MoneyField';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { StatusChip } from '../../components/StatusChip';
import { MarginField } from './margin';
import { ProductThumbnail } from './ProductThumbnail';

const ProductShow = () => (
  <Show aside={<RecordHistory resource="products" />} sx={withHistorySx}>
    <Stack spacing={2} sx={{ p: 2 }}>
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
        <MarginField label="resources.products.fields.margin" />
        <TextField source="barcode" emptyText="—" />
        <TextField source="weightGrams" />
        <LocalDateField source="updatedAt" />
      </DetailGrid>
      <Labeled>
        <TextField source="description" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      </Labeled>
    </Stack>
  </Show>
);

export default ProductShow;
