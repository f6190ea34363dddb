import { Edit } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { PaymentMethodForm } from './PaymentMethodForm';

const PaymentMethodEdit = () => (
  <Edit mutationMode="pessimistic" aside={<RecordHistory resource="payment-methods" />} sx={withHistorySx}>
    <PaymentMethodForm />
  </Edit>
);

export default PaymentMethodEdit;
