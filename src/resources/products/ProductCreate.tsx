import { Create } from 'react-admin';
import { ProductForm } from './ProductForm';

const ProductCreate = () => (
  <Create redirect="show">
    <ProductForm />
  </Create>
);

export default ProductCreate;
