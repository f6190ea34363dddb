import { Create } from 'react-admin';
import { TransferForm } from './TransferForm';

/** A new draft; the low-stock inbox opens it prefilled (`?source=`) with destination, product and quantity. */
const TransferCreate = () => (
  <Create redirect="show">
    <TransferForm />
  </Create>
);

export default TransferCreate;
