import { Edit, type EditProps } from 'react-admin';
import { PromotionForm, stickyDryRunSx } from './PromotionForm';

/** Pessimistic, so the API's field errors (a code already taken) land next to the fields. */
const PromotionEdit = (props: Omit<EditProps, 'children'>) => (
  <Edit mutationMode="pessimistic" redirect="show" sx={stickyDryRunSx} {...props}>
    <PromotionForm />
  </Edit>
);

export default PromotionEdit;
