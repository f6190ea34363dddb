import { ReferenceArrayInput, SelectArrayInput } from 'react-admin';

/**
 * A warehouse filter for the stock screens: an any-of list, so warehouse
 * staff can start with all of their warehouses at once (see useWarehouseDefaults).
 * Warehouses show by code, which keeps the chips small enough for a phone.
 */
export function warehousesFilter(source = 'warehouseId', alwaysOn = true) {
  // Labelled explicitly: react-admin's guess inside a reference input was the English "Warehouse".
  const label =
    source === 'warehouseId'
      ? 'resources.stock-levels.fields.warehouseId'
      : `resources.stock-transfers.fields.${source}`;
  return (
    <ReferenceArrayInput key={source} source={source} reference="warehouses" alwaysOn={alwaysOn}>
      <SelectArrayInput optionText="code" label={label} sx={{ minWidth: 160 }} />
    </ReferenceArrayInput>
  );
}

export const warehouseFilter = warehousesFilter();
