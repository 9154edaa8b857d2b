/** Document outline (bookmarks) for pdf-lib, which has no high-level API for it. */
import {
	PDFDict,
	PDFName,
	PDFNumber,
	PDFNull,
	PDFHexString,
	type PDFDocument,
	type PDFRef
} from 'pdf-lib';

export interface OutlineEntry {
	title: string;
	/** 0 = top level, 1 = under the previous top-level entry, … */
	level: number;
	pageRef: PDFRef;
	/** Where the entry lands on its page (PDF user space, from the bottom). */
	y: number;
}

interface Node {
	entry: OutlineEntry | null;
	children: Node[];
	ref: PDFRef;
}

/** Writes the outline tree into the document catalogue; entries are in reading order. */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
	if (entries.length === 0) return;
	const context = doc.context;
	const root: Node = { entry: null, children: [], ref: context.nextRef() };
	const stack: Node[] = [root];
	for (const entry of entries) {
		const level = Math.max(0, Math.min(entry.level, stack.length - 1));
		stack.length = level + 1;
		const node: Node = { entry, children: [], ref: context.nextRef() };
		stack[level].children.push(node);
		stack.push(node);
	}
	const countOpen = (node: Node): number =>
		node.children.reduce((sum, child) => sum + 1 + countOpen(child), 0);

	const write = (node: Node, parent: Node | null): void => {
		const obj = context.obj({}) as PDFDict;
		if (node.entry && parent) {
			obj.set(PDFName.of('Title'), PDFHexString.fromText(node.entry.title));
			obj.set(PDFName.of('Parent'), parent.ref);
			obj.set(
				PDFName.of('Dest'),
				context.obj([
					node.entry.pageRef,
					PDFName.of('XYZ'),
					PDFNull,
					PDFNumber.of(node.entry.y),
					PDFNull
				])
			);
			const siblings = parent.children;
			const index = siblings.indexOf(node);
			if (index > 0) obj.set(PDFName.of('Prev'), siblings[index - 1].ref);
			if (index < siblings.length - 1) obj.set(PDFName.of('Next'), siblings[index + 1].ref);
		} else {
			obj.set(PDFName.of('Type'), PDFName.of('Outlines'));
		}
		if (node.children.length > 0) {
			obj.set(PDFName.of('First'), node.children[0].ref);
			obj.set(PDFName.of('Last'), node.children[node.children.length - 1].ref);
			obj.set(PDFName.of('Count'), PDFNumber.of(countOpen(node)));
		}
		context.assign(node.ref, obj);
		for (const child of node.children) write(child, node);
	};
	write(root, null);
	doc.catalog.set(PDFName.of('Outlines'), root.ref);
	doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
