/** Cards in and out as JSON in the versioned envelope (format `kies-cards`). */
import type { Card } from '$lib/model';
import { ImportError, makeEnvelope, parseJsonSafely, readEnvelope } from '$lib/domain/envelope';
import type { IncomingCard } from './import-preview';

export const CARDS_FORMAT = 'kies-cards';
export const CARDS_FORMAT_VERSION = 1;

/** The cards as an envelope text, ready to download. */
export async function cardsToJson(
	cards: readonly Card[],
	versions: { schemaVersion: number; appVersion: string },
	now = new Date()
): Promise<string> {
	const envelope = await makeEnvelope({
		format: CARDS_FORMAT,
		formatVersion: CARDS_FORMAT_VERSION,
		...versions,
		counts: { cards: cards.length },
		data: { cards },
		now
	});
	return JSON.stringify(envelope, null, 2);
}

/** Reads a cards file into incoming rows (row = position in the file, from 1); not yet validated. */
export async function jsonToIncoming(text: string): Promise<IncomingCard[]> {
	const envelope = await readEnvelope(parseJsonSafely(text), CARDS_FORMAT, CARDS_FORMAT_VERSION);
	const data = envelope.data as { cards?: unknown };
	if (!data || !Array.isArray(data.cards)) throw new ImportError('invalid', 'cards');
	return data.cards.map((item, i) => {
		const record = (typeof item === 'object' && item !== null ? item : {}) as Record<
			string,
			unknown
		>;
		return {
			row: i + 1,
			id: typeof record.id === 'string' ? record.id : '',
			// Fields added in later versions get their defaults here.
			draft: {
				exampleId: null,
				favourite: false,
				archived: false,
				worksheet: null,
				...record
			}
		};
	});
}
