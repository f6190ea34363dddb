import { useGetList } from 'react-admin';
import type { Carrier } from '../../domain/types';

/** The carriers a parcel may be booked with (Settings → Carriers, active ones), by name. */
export function useActiveCarriers() {
  const { data, isPending } = useGetList<Carrier>('carriers', {
    filter: { active: true },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const carriers = data ?? [];
  return {
    carriers,
    isPending,
    carrierOf: (name: string) => carriers.find((carrier) => carrier.name === name),
    choices: carriers.map((carrier) => ({ id: carrier.name, name: carrier.name })),
  };
}
