/** A yes/no question shown in an accessible modal dialog; `ask()` resolves with the answer. */
export interface ConfirmQuestion {
	title: string;
	text: string;
	confirmLabel: string;
	danger?: boolean;
}

export class Confirmer {
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
