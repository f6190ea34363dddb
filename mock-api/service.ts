/** The service endpoints: a health check and the contract itself, both open to anyone. */
import { openApiDocument } from '../src/domain/contract/openapi';
import type { Handler } from './http/mount';
import type { Database } from './store/database';

export function serviceHandlers(db: Database): Record<'health' | 'openapi', Handler> {
  let document: unknown = null;
  return {
    health: async () => ({ ok: true, seq: await db.version() }),
    // Built on first request: generating it walks every schema once.
    openapi: () => (document ??= openApiDocument()),
  };
}
