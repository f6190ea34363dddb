/** Requests and answers of sign-in, user administration, saved filter presets and shop settings. */
import { ROLES } from '../permissions';
import { COLLECTION_NAMES } from '../resources';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '../users';
import { compilePattern, isSafePattern, NUMBER_PLACEHOLDER } from '../carriers';
import { CURRENCY_DISPLAYS, PAYMENT_KINDS } from '../constants';
import { canonicalTimeZone } from '../time';
import { cents, id, ids, requiredText, version, whole, z } from './fields';
import {
  MAX_ADDRESS_LINE_LENGTH,
  MAX_ADDRESS_LINES,
  MAX_CODE_LENGTH,
  MAX_CREDENTIAL_LENGTH,
  MAX_DISPATCH_HOURS,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_PATTERN_LENGTH,
  MAX_URL_LENGTH,
} from './limits';
import { listFilter, listSortParam } from './lists';
import { sessionUser, user } from './records';

const credential = z.string().min(1).max(MAX_CREDENTIAL_LENGTH);

export const loginRequest = z.strictObject({ username: credential, password: credential });
export const loginResult = z.object({ token: z.string(), user: sessionUser });

const password = z.string().min(MIN_PASSWORD_LENGTH, 'errors.passwordTooShort').max(MAX_CREDENTIAL_LENGTH);

/** Users are tied to warehouses only as warehouse staff; for them an empty list means all. */
export const userInput = z.strictObject({
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, 'errors.usernamePattern'),
  fullName: requiredText(100),
  role: z.enum(ROLES),
  warehouseIds: ids.max(MAX_LIST_ITEMS).optional(),
  active: z.boolean().optional(),
  password,
});

/**
 * An edit: the username never changes (sending it unchanged is fine), and an
 * empty password box means "keep the password".
 */
export const userPatch = z.strictObject({
  username: z.string().optional(),
  fullName: requiredText(100).optional(),
  role: z.enum(ROLES).optional(),
  warehouseIds: ids.max(MAX_LIST_ITEMS).optional(),
  active: z.boolean().optional(),
  password: z.union([z.literal(''), password]).optional(),
  version: version.optional(),
});

/** Users as the API shows them: never a credential. */
export const presentedUser = user;

export const savedFilterInput = z.strictObject({
  resource: z.enum(COLLECTION_NAMES as [string, ...string[]]),
  name: requiredText(80),
  filter: listFilter.optional(),
  sort: listSortParam.nullable().optional(),
});
export const savedFilterPatch = savedFilterInput.partial();

/** Settings → Carriers. A pattern must compile; a link template is https and holds `{number}`. */
export const carrierInput = z.strictObject({
  name: requiredText(MAX_CODE_LENGTH),
  trackingPattern: z
    .string()
    .trim()
    .max(MAX_PATTERN_LENGTH)
    .refine((pattern) => pattern === '' || compilePattern(pattern) !== null, 'errors.carrierPattern')
    .refine((pattern) => pattern === '' || isSafePattern(pattern), 'errors.carrierPatternUnsafe')
    .transform((pattern) => (pattern === '' ? null : pattern))
    .nullable()
    .optional(),
  trackingUrlTemplate: z
    .string()
    .trim()
    .max(MAX_URL_LENGTH)
    .refine(
      (template) =>
        template === '' || (template.startsWith('https://') && template.includes(NUMBER_PLACEHOLDER)),
      'errors.carrierUrlTemplate',
    )
    .transform((template) => (template === '' ? null : template))
    .nullable()
    .optional(),
  active: z.boolean().optional(),
});
export const carrierPatch = carrierInput.partial();

/** Settings → Shipping methods. */
export const shippingMethodInput = z.strictObject({
  name: requiredText(MAX_NAME_LENGTH),
  carrierId: id,
  price: cents,
  freeShippingFrom: cents.nullable().optional(),
  dispatchHours: whole().min(1).max(MAX_DISPATCH_HOURS),
  active: z.boolean().optional(),
});
export const shippingMethodPatch = shippingMethodInput.partial();

/** Settings → Payment methods. */
export const paymentMethodInput = z.strictObject({
  name: requiredText(MAX_NAME_LENGTH),
  kind: z.enum(PAYMENT_KINDS),
  waitsForPayment: z.boolean().optional(),
  active: z.boolean().optional(),
});
export const paymentMethodPatch = paymentMethodInput.partial();

/**
 * Settings → Shop: one record, only ever updated. An address is a few lines; a
 * time zone is an IANA name the runtime knows, stored in its canonical spelling.
 */
export const shopSettingsPatch = z.strictObject({
  name: requiredText(MAX_NAME_LENGTH).optional(),
  address: z
    .string()
    .max(MAX_ADDRESS_LINES * (MAX_ADDRESS_LINE_LENGTH + 2))
    .transform((address) =>
      address
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    )
    .refine(
      (address) =>
        address === '' ||
        (address.split('\n').length <= MAX_ADDRESS_LINES &&
          address.split('\n').every((line) => line.length <= MAX_ADDRESS_LINE_LENGTH)),
      `errors.shopAddressLines?lines=${MAX_ADDRESS_LINES}&length=${MAX_ADDRESS_LINE_LENGTH}`,
    )
    .optional(),
  timeZone: z
    .string()
    .trim()
    .min(1)
    .max(MAX_CODE_LENGTH)
    .superRefine((zone, ctx) => {
      if (canonicalTimeZone(zone) === null)
        ctx.addIssue({ code: 'custom', message: 'errors.timeZoneUnknown', params: { value: zone } });
    })
    .transform((zone) => canonicalTimeZone(zone) ?? zone)
    .optional(),
  currencyDisplay: z.enum(CURRENCY_DISPLAYS).optional(),
  serviceLevelHours: whole().min(1).max(MAX_DISPATCH_HOURS).optional(),
});
