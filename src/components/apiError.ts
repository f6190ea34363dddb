/**
 * Reads a failed API call (react-admin's HttpError from the httpClient) into
 * what a screen shows: the server's already translated message for a
 * notification or banner, and its per-field messages for the fields.
 */
export interface ApiFailure {
  status: number | null;
  message: string | null;
  /** Server messages by request field, e.g. `delta` or `lines.2.sku`. */
  fields: Record<string, string>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function apiFailureOf(error: unknown): ApiFailure {
  if (!isObject(error)) return { status: null, message: null, fields: {} };
  const body = isObject(error.body) ? error.body : {};
  const fields = isObject(body.errors)
    ? Object.fromEntries(
        Object.entries(body.errors).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    : {};
  const message =
    typeof body.message === 'string'
      ? body.message
      : typeof error.message === 'string'
        ? error.message
        : null;
  return { status: typeof error.status === 'number' ? error.status : null, message, fields };
}
