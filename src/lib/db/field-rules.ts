/**
 * One rule per field, applied to every write: a record the model's schema refuses never enters
 * the database, so every backup the app makes can be restored (the restore checks the same
 * schemas). Forms check first and say what is wrong; this is the net under every path.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import * as v from 'valibot';
import { TABLE_SCHEMAS, type TableName } from '$lib/model';
import { issueReason, type FieldReason } from '$lib/domain/envelope';

/** A write refused by the field rules; nothing of the transaction is kept. */
export class FieldRuleError extends Error {
	override readonly name = 'FieldRuleError';
	constructor(
		readonly table: string,
		readonly field: string,
		readonly reason: FieldReason
	) {
		super(`${table}.${field}: ${reason}`);
	}
}

/** Throws FieldRuleError when `record` breaks a rule of its table. */
export function checkRecord(table: string, record: unknown): void {
	const schema = TABLE_SCHEMAS[table as TableName];
	if (!schema) return;
	const result = v.safeParse(schema, record);
	if (result.success) return;
	const issue = result.issues[0];
	throw new FieldRuleError(table, v.getDotPath(issue) ?? '', issueReason(issue.type));
}

/**
 * A schema upgrade moves records written before these rules (a 1 MB name from an older
 * version): it must keep every one, so it is not checked. Dexie's core transaction is the
 * IndexedDB transaction, and an upgrade's mode is 'versionchange'.
 */
function isUpgrade(request: DBCoreMutateRequest): boolean {
	return (request.trans as unknown as { mode?: string }).mode === 'versionchange';
}

function check(table: string, request: DBCoreMutateRequest): void {
	if (request.type !== 'add' && request.type !== 'put') return;
	if (isUpgrade(request)) return;
	for (const value of request.values) checkRecord(table, value);
}

/** The Dexie middleware that applies the rules to every add and put (also bulk and modify). */
export const fieldRules: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'field-rules',
	create: (down) => ({
		...down,
		table: (name) => {
			const table = down.table(name);
			return {
				...table,
				mutate: (request) => {
					try {
						check(name, request);
					} catch (err) {
						return Promise.reject(err);
					}
					return table.mutate(request);
				}
			};
		}
	})
};
