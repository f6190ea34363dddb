import { ReferenceArrayInput, SelectArrayInput } from 'react-admin';

/**
 * A warehouse filter for the stock screens: an any-of list, so warehouse
 * staff can start with all of their warehouses at once (see useWarehouseDefaults).
 * Warehouses show by code, which keeps the chips small enough for a phone.
 */
export function warehousesFilter(source = 'warehouseId', alwaysOn = true) {
  return (
    <ReferenceArrayInput key={source} source={source} reference="warehouses" alwaysOn={alwaysOn}>
      <SelectArrayInput optionText="code" sx={{ minWidth: 160 }} />
    </ReferenceArrayInput>
  );
}

export const warehouseFilter = warehousesFilter();
