import FileUploadIcon from '@mui/icons-material/FileUpload';
import { Stack } from '@mui/material';
import {
  Button,
  ColumnsButton,
  CreateButton,
  DataTable,
  Link,
  SimpleList,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { FilterTools } from '../../components/SavedFilterPresets';
import { CsvExportButton } from '../../components/CsvExportButton';
import { MoneyField } from '../../components/MoneyField';
import { useIsSmall, ResponsiveList } from '../../components/ResponsiveList';
import { StatusChip } from '../../components/StatusChip';
import { MarginField } from './margin';
import { ProductBulkToolbar } from './ProductBulkActions';
import { productFilters } from './productFilters';
import { ProductThumbnail } from './ProductThumbnail';
import { AvailableStockField } from './StockStateField';
import type { ProductRow } from './types';

const useCanWriteProducts = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'products', action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'products', action: 'edit' });
  return { canCreate: !!canCreate, canEdit: !!canEdit };
};

const ProductListActions = () => {
  const { canCreate, canEdit } = useCanWriteProducts();
  const isSmall = useIsSmall();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <FilterTools />
      {canCreate && <CreateButton />}
      {canCreate && canEdit && (
        <Button component={Link} to="/products/import" label="kontor.products.import.button">
          <FileUploadIcon />
        </Button>
      )}
      {!isSmall && <ColumnsButton />}
      <CsvExportButton />
    </TopToolbar>
  );
};

const noWrap = () => ({ whiteSpace: 'nowrap' });

const ProductTable = () => {
  const { canEdit } = useCanWriteProducts();
  return (
    <DataTable<ProductRow>
      bulkActionButtons={canEdit}
      bulkActionsToolbar={canEdit ? <ProductBulkToolbar /> : undefined}
      hiddenColumns={['cost']}
    >
      <DataTable.Col source="imageUrl" label="resources.products.fields.image" disableSort>
        <ProductThumbnail />
      </DataTable.Col>
      <DataTable.Col source="sku" cellSx={noWrap} />
      <DataTable.Col source="name" />
      <DataTable.Col source="categoryName" />
      <DataTable.Col source="price" align="right">
        <MoneyField source="price" />
      </DataTable.Col>
      <DataTable.Col source="cost" align="right">
        <MoneyField source="cost" />
      </DataTable.Col>
      <DataTable.Col source="marginPercent" align="right">
        <MarginField />
      </DataTable.Col>
      <DataTable.Col source="available" align="right">
        <AvailableStockField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip kind="product" source="status" />
      </DataTable.Col>
    </DataTable>
  );
};

const ProductSimpleList = () => (
  <SimpleList<ProductRow>
    leftIcon={() => <ProductThumbnail />}
    primaryText={(record) => record.name}
    secondaryText={(record) => (
      <>
        {record.sku} · <MoneyField source="price" />
      </>
    )}
    tertiaryText={() => (
      <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
        <StatusChip kind="product" source="status" />
        <AvailableStockField />
      </Stack>
    )}
  />
);

const ProductList = () => (
  <ResponsiveList
    filters={productFilters}
    actions={<ProductListActions />}
    table={<ProductTable />}
    small={<ProductSimpleList />}
  />
);

export default ProductList;
