/**
 * Coordinator exchange: history imported from coaches' export files.
 * Owned by the overview/exchange feature (issue 7); refine there.
 */
export interface ExchangeImport {
	id: string;
	coachId: string;
	coachName: string;
	exportedAt: string;
	importedAt: string;
	fileName: string;
}

export interface ImportedGroup {
	/** `${coachId}:${groupKey}` so a newer export of the same group replaces the older. */
	id: string;
	importId: string;
	groupKey: string;
	schoolYear: string;
	ageBand: string;
	school: string;
	/** The pseudonymous group history as exported. */
	data: unknown;
}
