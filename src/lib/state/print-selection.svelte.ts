/**
 * What the user chose to print: the cards (shared by the library and the print page) and the
 * documents with their options. Kept in the tab's sessionStorage, so going back to the library,
 * opening a card or reloading never loses a half-made choice.
 */
import { SvelteSet } from 'svelte/reactivity';

const CARDS_KEY = 'kies.print.cards';
const CHOICE_KEY = 'kies.print.choice';

function storage(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		// Storage can be blocked (privacy settings): the choice then lives as long as the page.
		return null;
	}
}

function readJson(key: string): unknown {
	try {
		const raw = storage()?.getItem(key);
		return raw ? JSON.parse(raw) : null;
	} catch {
		return null;
	}
}

function writeJson(key: string, value: unknown): void {
	try {
		storage()?.setItem(key, JSON.stringify(value));
	} catch {
		// Full or blocked storage: keeping the choice is a convenience, never a failure.
	}
}

/** A reactive set of card ids that writes itself to sessionStorage on every change. */
class PersistedIds {
	private readonly ids: SvelteSet<string>;
	constructor(initial: Iterable<string>) {
		this.ids = new SvelteSet(initial);
	}
	get size(): number {
		return this.ids.size;
	}
	has(id: string): boolean {
		return this.ids.has(id);
	}
	add(id: string): void {
		this.ids.add(id);
		this.save();
	}
	delete(id: string): void {
		this.ids.delete(id);
		this.save();
	}
	clear(): void {
		this.ids.clear();
		this.save();
	}
	[Symbol.iterator](): IterableIterator<string> {
		return this.ids.values();
	}
	private save(): void {
		writeJson(CARDS_KEY, [...this.ids]);
	}
}

export interface PrintChoice {
	cutCards: boolean;
	backSide: boolean;
	inkSaving: boolean;
	sheets: boolean;
	worksheets: boolean;
	/** Copies of each worksheet (one per child). */
	copies: number;
}

export const DEFAULT_CHOICE: PrintChoice = {
	cutCards: true,
	backSide: true,
	inkSaving: false,
	sheets: false,
	worksheets: false,
	copies: 1
};

/** Reads a stored choice; anything odd falls back to the default for that field. */
export function parseChoice(value: unknown): PrintChoice {
	const stored = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
	const flag = (key: keyof PrintChoice) =>
		typeof stored[key] === 'boolean' ? (stored[key] as boolean) : (DEFAULT_CHOICE[key] as boolean);
	const copies = Number(stored.copies);
	return {
		cutCards: flag('cutCards'),
		backSide: flag('backSide'),
		inkSaving: flag('inkSaving'),
		sheets: flag('sheets'),
		worksheets: flag('worksheets'),
		copies: Number.isInteger(copies) && copies >= 1 && copies <= 40 ? copies : 1
	};
}

class PrintSelection {
	readonly cards = new PersistedIds(
		((readJson(CARDS_KEY) as unknown[] | null) ?? []).filter(
			(id): id is string => typeof id === 'string'
		)
	);
	#choice = $state<PrintChoice>(parseChoice(readJson(CHOICE_KEY)));

	get choice(): PrintChoice {
		return this.#choice;
	}

	/** Changes some of the options and remembers them. */
	update(changes: Partial<PrintChoice>): void {
		this.#choice = parseChoice({ ...this.#choice, ...changes });
		writeJson(CHOICE_KEY, this.#choice);
	}
}

/** The one print selection of this tab. */
export const printSelection = new PrintSelection();
