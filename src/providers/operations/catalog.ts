/** Named catalog operations of the data provider (beyond CRUD); each calls one API endpoint. */
export const catalogOperations = {};
