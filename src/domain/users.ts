/** Rules for user accounts, shared by the users API and the console's user forms. */
export const MIN_PASSWORD_LENGTH = 10;
/** 3–40 lower-case letters, digits, dots, dashes or underscores. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;
