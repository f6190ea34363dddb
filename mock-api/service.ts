/** The service endpoints: a health check and the contract itself, both open to anyone. */
import { openApiDocument } from '../src/domain/contract/openapi';
import type { Handler } from './http/mount';
import type { Store } from './store/store';

export function serviceHandlers(store: Store): Record<'health' | 'openapi', Handler> {
  let document: unknown = null;
  return {
    health: () => ({ ok: true, seq: store.seq }),
    // Built on first request: generating it walks every schema once.
    openapi: () => (document ??= openApiDocument()),
  };
}
