import { Tooltip } from '@mui/material';
import { ReferenceField, useRecordContext } from 'react-admin';
import type { Warehouse } from '../domain/types';

const Code = () => {
  const warehouse = useRecordContext<Warehouse>();
  if (!warehouse) return null;
  return (
    <Tooltip title={warehouse.name}>
      <span>{warehouse.code}</span>
    </Tooltip>
  );
};

/** A record's warehouse by its short code (the name on hover), where a table has little room. */
// `label` is read by DataTable headers.
export const WarehouseCodeField = ({ source = 'warehouseId' }: { source?: string; label?: string }) => (
  <ReferenceField source={source} reference="warehouses" link={false}>
    <Code />
  </ReferenceField>
);
