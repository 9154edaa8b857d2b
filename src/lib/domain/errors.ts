/** The text of anything that was thrown, for showing to the user next to what failed. */
export function errorMessage(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}
