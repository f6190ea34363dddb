import { Create } from 'react-admin';
import { ShippingMethodForm } from './ShippingMethodForm';

const ShippingMethodCreate = () => (
  <Create redirect="list" record={{ active: true, dispatchHours: 48, freeShippingFrom: null }}>
    <ShippingMethodForm />
  </Create>
);

export default ShippingMethodCreate;
