/** The contract's schemas, as the checks read answers with them. */
export * as records from '../../src/domain/contract/records';
export { COLLECTION_SCHEMAS, ENDPOINT_SCHEMAS } from '../../src/domain/contract/endpoints';
