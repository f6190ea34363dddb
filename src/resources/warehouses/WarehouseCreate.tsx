import { Create } from 'react-admin';
import { WarehouseForm } from './WarehouseForm';

const WarehouseCreate = () => (
  <Create redirect="list">
    <WarehouseForm />
  </Create>
);

export default WarehouseCreate;
