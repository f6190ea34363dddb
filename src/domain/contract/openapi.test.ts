/** The published contract: a valid OpenAPI 3.1 document with one operation per route of the table. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { ROUTES, ROUTE_IDS } from './routes';

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 with a well-kept validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has one operation per route of the table, with its permission', () => {
    const document = openApiDocument() as {
      paths: Record<string, Record<string, { operationId: string; 'x-kontor-access': unknown }>>;
    };
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations.map((op) => op.operationId).sort()).toEqual([...ROUTE_IDS].sort());
    expect(document.paths['/orders/{id}/transitions']!.post!['x-kontor-access']).toEqual(
      ROUTES.transitionOrder.access,
    );
  });
});
