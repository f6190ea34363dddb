import { Edit, type EditProps } from 'react-admin';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { ProductForm } from './ProductForm';

/** Pessimistic, so the API's field errors land next to the fields instead of in an undo toast. */
const ProductEdit = (props: Omit<EditProps, 'children'>) => (
  <Edit
    mutationMode="pessimistic"
    aside={<RecordHistory resource="products" />}
    sx={withHistorySx}
    {...props}
  >
    <ProductForm />
  </Edit>
);

export default ProductEdit;
