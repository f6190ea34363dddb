import type { EditProps } from 'react-admin';
import { ConflictSafeEdit } from '../../components/ConflictSafeEdit';
import { ProductForm } from './ProductForm';

/**
 * Pessimistic, so the API's field errors land next to the fields instead of in
 * an undo toast, and a save based on a stale copy can be reloaded and retried.
 */
const ProductEdit = (props: Omit<EditProps, 'children'>) => (
  <ConflictSafeEdit redirect="show" {...props}>
    <ProductForm />
  </ConflictSafeEdit>
);

export default ProductEdit;
