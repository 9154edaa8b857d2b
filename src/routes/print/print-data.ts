/** What the print page was asked for; its reads live in `$lib/db/print-reads`. */

export type PrintRequest =
	| { kind: 'cards'; ids: string[] }
	| { kind: 'session'; id: string }
	| { kind: 'group'; id: string }
	| { kind: 'register'; id: string }
	| { kind: 'pick' };

/** Reads `cards=a,b`, `session=…`, `group=…` or `register=…`; nothing means "pick cards". */
export function parseRequest(params: URLSearchParams): PrintRequest {
	const cards = params.get('cards');
	if (cards !== null) {
		const ids = [
			...new Set(
				cards
					.split(',')
					.map((id) => id.trim())
					.filter(Boolean)
			)
		];
		return ids.length ? { kind: 'cards', ids } : { kind: 'pick' };
	}
	for (const kind of ['session', 'group', 'register'] as const) {
		const id = params.get(kind)?.trim();
		if (id) return { kind, id };
	}
	return { kind: 'pick' };
}
