/**
 * The one way the app hands a file to the user: the browser's download of a Blob made on the
 * device (nothing leaves it). Names and the CSV dialect are pure, in `$lib/domain/files`.
 */
export function saveFile(content: BlobPart | Blob, name: string, type: string): void {
	const blob = content instanceof Blob ? content : new Blob([content], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
