import { Edit } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { WarehouseForm } from './WarehouseForm';

const WarehouseEdit = () => (
  <Edit mutationMode="pessimistic" aside={<RecordHistory resource="warehouses" />} sx={withHistorySx}>
    <WarehouseForm />
  </Edit>
);

export default WarehouseEdit;
