import { CreateButton, List, TopToolbar } from 'react-admin';
import { CsvExportButton } from '../../components/CsvExportButton';
import { EmptyState } from '../../components/EmptyState';
import { ALL_CATEGORIES } from './categoryTree';
import { CategoryTree } from './CategoryTree';

const CategoryListActions = () => (
  <TopToolbar>
    <CreateButton />
    <CsvExportButton />
  </TopToolbar>
);

/** All categories at once, as a tree: a catalog has tens of them, not thousands. */
const CategoryList = () => (
  <List
    perPage={ALL_CATEGORIES.perPage}
    pagination={false}
    sort={{ field: 'position', order: 'ASC' }}
    actions={<CategoryListActions />}
    empty={<EmptyState />}
    sx={{ '& .RaList-content': { maxWidth: 760 } }}
  >
    <CategoryTree />
  </List>
);

export default CategoryList;
