/**
 * Every bound the API puts on input, named once. Each is far above what a real
 * shop needs and far below what would make storing, indexing or logging a
 * value costly, so a typo or an attack is refused before it is stored.
 */

/** A request body, unless its endpoint says otherwise (JSON, bytes). */
export const MAX_BODY_BYTES = 256 * 1024;
/** The CSV product import sends a whole file as one JSON string. */
export const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;
/** Objects and arrays nested in a request body or a JSON query parameter. */
export const MAX_JSON_DEPTH = 8;
/** Values (every object, array, string, number…) in one request body. */
export const MAX_JSON_VALUES = 100_000;
/** One query parameter such as `filter`, in characters. */
export const MAX_QUERY_PARAM_LENGTH = 8 * 1024;

/** Names, titles, cities: one line a person types. */
export const MAX_NAME_LENGTH = 200;
/** Notes and reasons a person writes. */
export const MAX_NOTE_LENGTH = 1000;
/** Product descriptions. */
export const MAX_DESCRIPTION_LENGTH = 5000;
/** Codes: SKUs, order numbers, tracking numbers, promotion codes, bins. */
export const MAX_CODE_LENGTH = 40;
/** URLs such as a product image. */
export const MAX_URL_LENGTH = 500;
/** E-mail addresses (RFC 5321 allows 254). */
export const MAX_EMAIL_LENGTH = 254;
/** Usernames and passwords at sign-in. */
export const MAX_CREDENTIAL_LENGTH = 200;
/** The product import's CSV text, in characters. */
export const MAX_IMPORT_CSV_LENGTH = 6 * 1024 * 1024;

/** Money in cents: one million euros. */
export const MAX_MONEY_CENTS = 100_000_000;
/** Units of one product in one movement, order line or transfer line. */
export const MAX_QUANTITY = 1_000_000;
/** Lines in one order, shipment, return, transfer or batch receipt. */
export const MAX_LINES = 2000;
/** Ids in one list filter or bulk request. */
export const MAX_IDS = 5000;
/** Records on one page of a list. */
export const MAX_PAGE_SIZE = 5000;
/** Keys in a free-form object such as a saved filter. */
export const MAX_OBJECT_KEYS = 50;
/** Tags, warehouses of a user, targets of a promotion. */
export const MAX_LIST_ITEMS = 1000;

/** A carrier's tracking-number pattern: long enough for any real format, short enough to read. */
export const MAX_PATTERN_LENGTH = 200;
/** A promised dispatch time: at most a month. */
export const MAX_DISPATCH_HOURS = 720;
/** The shop's address on documents: a few lines, each fit for a label. */
export const MAX_ADDRESS_LINES = 6;
export const MAX_ADDRESS_LINE_LENGTH = 100;
