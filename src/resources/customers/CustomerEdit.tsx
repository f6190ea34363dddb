import { Edit } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { CustomerForm } from './CustomerForm';

const CustomerEdit = () => (
  <Edit mutationMode="pessimistic" aside={<RecordHistory resource="customers" />} sx={withHistorySx}>
    <CustomerForm />
  </Edit>
);

export default CustomerEdit;
