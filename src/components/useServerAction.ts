/**
 * Runs one named server action (a status change, a shipment, a refund) the
 * pessimistic way: the UI waits for the answer, then refreshes what it shows.
 * A refusal is told in a notification with the server's own (localised)
 * message; its per-field reasons are handed back for the form to show.
 */
import { useNotify, useRefresh } from 'react-admin';

export interface ServerRefusal {
  status: number | undefined;
  message: string;
  /** Reasons per field, keyed as the API names them (`items.0.quantity`). */
  errors: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads react-admin's HttpError (or anything thrown) as status, message and field reasons. */
export function readRefusal(error: unknown): ServerRefusal {
  const status = isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
  const body = isRecord(error) && isRecord(error.body) ? error.body : {};
  const message =
    typeof body.message === 'string' ? body.message : error instanceof Error ? error.message : String(error);
  const errors: Record<string, string> = {};
  if (isRecord(body.errors)) {
    for (const [field, reason] of Object.entries(body.errors)) {
      if (typeof reason === 'string') errors[field] = reason;
    }
  }
  return { status, message, errors };
}

/** Flat `a.0.b` keys as nested objects: the shape react-admin forms take errors in. */
export function nestErrors(flat: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = nested;
    parts.slice(0, -1).forEach((part) => {
      if (!isRecord(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
    node[parts[parts.length - 1]!] = value;
  }
  return nested;
}

export interface ServerActionOptions {
  /** Translation key of the success notification. */
  success: string;
  successArgs?: Record<string, unknown>;
  /** Renames the API's error keys to the form's fields (and drops those it returns null for). */
  fieldOf?: (apiField: string) => string | null;
}

export function useServerAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  return async function run<T>(
    call: () => Promise<T>,
    { success, successArgs, fieldOf = (field) => field }: ServerActionOptions,
  ): Promise<
    { ok: true; result: T } | { ok: false; refusal: ServerRefusal; formErrors: Record<string, unknown> }
  > {
    try {
      const result = await call();
      notify(success, { type: 'success', messageArgs: successArgs });
      refresh();
      return { ok: true, result };
    } catch (error) {
      const refusal = readRefusal(error);
      notify(refusal.message, { type: 'error', messageArgs: { _: refusal.message } });
      // The record changed under us (someone else moved it on): show what it is now.
      if (refusal.status === 409) refresh();
      const renamed: Record<string, string> = {};
      for (const [field, reason] of Object.entries(refusal.errors)) {
        const target = fieldOf(field);
        if (target !== null) renamed[target] = reason;
      }
      return { ok: false, refusal, formErrors: nestErrors(renamed) };
    }
  };
}
