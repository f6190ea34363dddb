import { Edit } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { ShippingMethodForm } from './ShippingMethodForm';

const ShippingMethodEdit = () => (
  <Edit mutationMode="pessimistic" aside={<RecordHistory resource="shipping-methods" />} sx={withHistorySx}>
    <ShippingMethodForm />
  </Edit>
);

export default ShippingMethodEdit;
