import { Edit } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { CategoryForm } from './CategoryForm';

const CategoryEdit = () => (
  <Edit mutationMode="pessimistic" aside={<RecordHistory resource="categories" />} sx={withHistorySx}>
    <CategoryForm />
  </Edit>
);

export default CategoryEdit;
