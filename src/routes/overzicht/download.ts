/** Offers a file to the user as a download. */
export function downloadFile(content: BlobPart, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL is revoked.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
