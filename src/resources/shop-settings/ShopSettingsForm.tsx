import { useMemo } from 'react';
import {
  NumberInput,
  RadioButtonGroupInput,
  SaveButton,
  SimpleForm,
  TextInput,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ConflictToolbar, KEEP_EDITS_ON_RELOAD } from '../../components/ConflictSafeEdit';
import { domainFormValidator } from '../../components/domainValidation';
import { formatCents } from '../../components/money';
import { validateShopSettings } from '../../domain/shop';
import { CURRENCY_DISPLAYS, type ShopSettings } from '../../domain/types';

const ZONE_LIST_ID = 'kontor-time-zones';

/** Every zone the browser knows, offered as the field's suggestions; any known IANA name is accepted. */
function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** The one shop record; the API checks the same rules (src/domain/shop.ts) and words refusals the same. */
export const ShopSettingsForm = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<ShopSettings>();
  const validate = useMemo(
    () => domainFormValidator((input) => validateShopSettings(input), { record }),
    [record],
  );
  const zones = useMemo(() => knownTimeZones(), []);
  const currencyChoices = CURRENCY_DISPLAYS.map((display) => ({
    id: display,
    name: translate(`kontor.shop-settings.currency.${display}`, {
      example: formatCents(1200, locale, display),
    }),
  }));
  return (
    <SimpleForm
      validate={validate}
      resetOptions={KEEP_EDITS_ON_RELOAD}
      toolbar={
        // Save only: the shop's one record is never deleted (the API answers 405).
        <ConflictToolbar>
          <SaveButton />
        </ConflictToolbar>
      }
      sx={{ maxWidth: 640 }}
    >
      <TextInput source="name" isRequired />
      <TextInput source="address" multiline minRows={3} helperText="kontor.shop-settings.addressHint" />
      <TextInput
        source="timeZone"
        isRequired
        helperText="kontor.shop-settings.timeZoneHint"
        slotProps={{ htmlInput: { list: ZONE_LIST_ID, autoComplete: 'off', spellCheck: false } }}
      />
      <datalist id={ZONE_LIST_ID}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <RadioButtonGroupInput
        source="currencyDisplay"
        choices={currencyChoices}
        translateChoice={false}
        helperText="kontor.shop-settings.currencyHint"
      />
      <NumberInput
        source="serviceLevelHours"
        min={1}
        step={1}
        helperText="kontor.shop-settings.serviceLevelHint"
      />
    </SimpleForm>
  );
};
