/**
 * The coach's signal log, encrypted at rest (issue 9). Only ids stay readable,
 * so a group's signals can be found and erased; everything else is ciphertext.
 */
export interface SignalRecord {
	id: string;
	participantId: string;
	groupId: string;
	/** AES-GCM ciphertext, base64. */
	ciphertext: string;
	iv: string;
	createdAt: string;
	updatedAt: string;
}
