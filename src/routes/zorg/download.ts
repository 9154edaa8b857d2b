/** Offers a made file to the user as a download (nothing leaves the device). */
export function downloadFile(content: Uint8Array, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content as Uint8Array<ArrayBuffer>], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL is revoked.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name without characters that file systems refuse. */
export function safeFileName(text: string): string {
	return text.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'kies';
}
