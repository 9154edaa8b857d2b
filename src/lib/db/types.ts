/**
 * The record types moved to `$lib/model` (issue 15). This re-export keeps code written against
 * the old path compiling while the work of that session lands; import from `$lib/model`.
 */
export * from '$lib/model';
