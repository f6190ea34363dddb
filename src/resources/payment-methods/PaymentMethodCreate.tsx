import { Create } from 'react-admin';
import { PaymentMethodForm } from './PaymentMethodForm';

const PaymentMethodCreate = () => (
  <Create redirect="list" record={{ active: true, waitsForPayment: false }}>
    <PaymentMethodForm />
  </Create>
);

export default PaymentMethodCreate;
