import { ConflictSafeEdit } from '../../components/ConflictSafeEdit';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { CategoryForm } from './CategoryForm';

const CategoryEdit = () => (
  <ConflictSafeEdit redirect="list" aside={<RecordHistory resource="categories" />} sx={withHistorySx}>
    <CategoryForm />
  </ConflictSafeEdit>
);

export default CategoryEdit;
