import { Edit } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { CarrierForm } from './CarrierForm';

const CarrierEdit = () => (
  <Edit mutationMode="pessimistic" aside={<RecordHistory resource="carriers" />} sx={withHistorySx}>
    <CarrierForm />
  </Edit>
);

export default CarrierEdit;
