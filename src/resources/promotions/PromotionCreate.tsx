import { Create } from 'react-admin';
import { PromotionForm, stickyDryRunSx } from './PromotionForm';

/** Saved drafts land on their page, where codes are generated and the promotion is paused or resumed. */
const PromotionCreate = () => (
  <Create redirect="show" sx={stickyDryRunSx}>
    <PromotionForm />
  </Create>
);

export default PromotionCreate;
