/** Field values between plaintext records and the doc: encrypts and decrypts what identifies a child. */
import { GroupCipher } from './crypto';
import { BLOCK_ENCRYPTED, ENCRYPTED, type Kind, type Row } from './shape';

/** A field that could not be decrypted (key not on this device, or the text was changed). */
export const UNREADABLE = Symbol('unreadable');

export class FieldCodec {
	/** Ciphertext → plaintext JSON, so a doc is not decrypted again on every update. */
	private readonly plain = new Map<string, string>();
	/** Set when a field could not be decrypted; the mirror keeps what it had. */
	unreadable = 0;

	constructor(readonly cipher: GroupCipher) {}

	private isEncrypted(kind: Kind, field: string): boolean {
		return ENCRYPTED[kind]?.includes(field) ?? false;
	}

	private async seal(value: unknown, where: string): Promise<unknown> {
		if (value === null || value === undefined || value === '') return value ?? null;
		const text = JSON.stringify(value);
		const sealed = await this.cipher.encrypt(text, where);
		this.plain.set(sealed, text);
		return sealed;
	}

	private async open(value: unknown, where: string): Promise<unknown> {
		if (typeof value !== 'string' || GroupCipher.keyIdOf(value) === null) return value;
		let text = this.plain.get(value);
		if (text === undefined) {
			try {
				text = await this.cipher.decrypt(value, where);
			} catch {
				this.unreadable++;
				return UNREADABLE;
			}
			this.plain.set(value, text);
		}
		return JSON.parse(text) as unknown;
	}

	/** The doc value of one field of a record. */
	async encode(kind: Kind, id: string, field: string, value: unknown): Promise<unknown> {
		const where = `${kind}:${id}.${field}`;
		if (this.isEncrypted(kind, field)) return this.seal(value, where);
		if (kind === 'session' && field === 'blocks' && Array.isArray(value)) {
			return Promise.all(
				(value as Row[]).map(async (block) => {
					const out: Row = { ...block };
					for (const name of BLOCK_ENCRYPTED) {
						out[name] = await this.seal(block[name], `${where}.${String(block.id)}.${name}`);
					}
					return out;
				})
			);
		}
		return value ?? null;
	}

	/** The plaintext of one field read from the doc, or UNREADABLE. */
	async decode(kind: Kind, id: string, field: string, value: unknown): Promise<unknown> {
		const where = `${kind}:${id}.${field}`;
		if (this.isEncrypted(kind, field)) return this.open(value, where);
		if (kind === 'session' && field === 'blocks' && Array.isArray(value)) {
			const blocks: Row[] = [];
			for (const block of value as Row[]) {
				const out: Row = { ...block };
				for (const name of BLOCK_ENCRYPTED) {
					const plain = await this.open(block[name], `${where}.${String(block.id)}.${name}`);
					if (plain === UNREADABLE) return UNREADABLE;
					out[name] = plain;
				}
				blocks.push(out);
			}
			return blocks;
		}
		return value;
	}

	/** Forgets cached plaintext (after re-keying, every field is sealed anew). */
	clear(): void {
		this.plain.clear();
	}
}
