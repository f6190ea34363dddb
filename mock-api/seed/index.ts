/** The seed generator's public entry: the database shape and the functions that make one. */
export * from './database';
