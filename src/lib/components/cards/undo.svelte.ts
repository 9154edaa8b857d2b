/** The last deleted card, kept so the library can offer "Ongedaan maken" after a delete. */
import type { Card } from '$lib/model';

class UndoDelete {
	card = $state.raw<Card | null>(null);
	/** Set after an undo, to confirm it; cleared when the notice closes. */
	restoredTitle = $state<string | null>(null);

	remember(card: Card): void {
		this.card = card;
		this.restoredTitle = null;
	}

	clear(): void {
		this.card = null;
		this.restoredTitle = null;
	}
}

export const undoDelete = new UndoDelete();
