/** The record vocabulary: enums, record schemas and types, tables. Pure; every layer imports it. */
export * from './enums';
export * from './day';
export * from './records';
export * from './exchange';
export * from './tables';
export type { Exact } from './fields';
