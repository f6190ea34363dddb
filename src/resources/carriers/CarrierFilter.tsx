import { SelectInput, useGetList } from 'react-admin';
import type { Carrier } from '../../domain/types';

/**
 * A list filter by carrier name (shipments keep the name the parcel was booked
 * with), offering every carrier in Settings, deactivated ones too: old parcels
 * still carry their names.
 */
export const CarrierFilter = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const { data } = useGetList<Carrier>('carriers', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const choices = (data ?? []).map((carrier) => ({ id: carrier.name, name: carrier.name }));
  // Carrier names are brands: the same in every language.
  return <SelectInput source={source} choices={choices} translateChoice={false} isPending={!data} />;
};
