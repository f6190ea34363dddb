import { ConflictSafeEdit } from '../../components/ConflictSafeEdit';
import { RecordHistory, withHistorySx } from '../../components/RecordHistory';
import { SHOP_SETTINGS_ID } from '../../domain/shop';
import { ShopSettingsForm } from './ShopSettingsForm';

/**
 * Settings → Shop: the menu opens the resource's list route, which for this
 * one-record resource is the record's form (there is nothing to list).
 */
const ShopSettingsEdit = () => (
  <ConflictSafeEdit
    resource="shop-settings"
    id={SHOP_SETTINGS_ID}
    redirect={false}
    title="kontor.shop-settings.title"
    aside={<RecordHistory resource="shop-settings" />}
    sx={withHistorySx}
  >
    <ShopSettingsForm />
  </ConflictSafeEdit>
);

export default ShopSettingsEdit;
