/**
 * The body of a show page. The console's layout grows to its content's
 * narrowest width, and a grid of fields counts its widest values there (a
 * long date, an e-mail address); size containment lets such a page wrap its
 * values on a 360 px phone instead of growing past the screen.
 */
export const pageBodySx = { p: 2, contain: 'inline-size' } as const;
