import { Create } from 'react-admin';
import { CarrierForm } from './CarrierForm';

const CarrierCreate = () => (
  <Create redirect="list" record={{ active: true }}>
    <CarrierForm />
  </Create>
);

export default CarrierCreate;
