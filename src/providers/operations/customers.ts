/** Data-protection requests about a customer (src/domain/privacy.ts); admin-only on the server. */
import type { ResponseOf } from '../../domain/contract/endpoints';
import type { Id } from '../../domain/types';
import { callEndpoint } from './request';

export type PersonalData = ResponseOf<'exportCustomerData'>;

export const customersOperations = {
  exportCustomerData: (id: Id): Promise<PersonalData> => callEndpoint('exportCustomerData', { id }),
  eraseCustomer: (id: Id, confirmEmail: string) =>
    callEndpoint('eraseCustomer', { id, body: { confirmEmail } }),
};
