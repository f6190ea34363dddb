/** The seed's public entry points (scripts/start.ts imports this path). */
export * from './database';
