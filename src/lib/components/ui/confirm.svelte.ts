/**
 * The one way the app asks a yes/no question: `await confirm({ title, text, confirmLabel })`.
 * `ConfirmHost.svelte`, mounted once in the root layout, shows it as an accessible modal dialog
 * (Escape or Annuleren answers no). Asking again while a question is open answers the first no.
 */
export interface ConfirmQuestion {
	title: string;
	text: string;
	confirmLabel: string;
	danger?: boolean;
}

class Confirmer {
	question = $state.raw<ConfirmQuestion | null>(null);
	#resolve: ((answer: boolean) => void) | null = null;

	ask(question: ConfirmQuestion): Promise<boolean> {
		this.#resolve?.(false);
		this.question = question;
		return new Promise((resolve) => (this.#resolve = resolve));
	}

	answer(yes: boolean): void {
		this.#resolve?.(yes);
		this.#resolve = null;
		this.question = null;
	}
}

/** The single question the host shows; only ConfirmHost reads it. */
export const confirmer = new Confirmer();

/** Asks the question in the app's confirm dialog; resolves true only when the user confirms. */
export function confirm(question: ConfirmQuestion): Promise<boolean> {
	return confirmer.ask(question);
}
