/** Screen-reader texts of svelte-dnd-action in the coach's language (global, set once). */
import { setAriaStrings } from 'svelte-dnd-action';
import { m } from '$lib/i18n';

let done = false;

export function setDutchDragTexts(): void {
	if (done) return;
	done = true;
	setAriaStrings({
		dragStarted: ({ itemLabel, position, count }) =>
			m.groups_drag_started({ title: itemLabel, position: String(position), count: String(count) }),
		movedToPosition: ({ itemLabel, position, count }) =>
			m.groups_moved_to({ title: itemLabel, position: String(position), count: String(count) }),
		movedToZoneEnd: ({ itemLabel, position, count }) =>
			m.groups_moved_to({ title: itemLabel, position: String(position), count: String(count) }),
		movedToZoneStart: ({ itemLabel, position, count }) =>
			m.groups_moved_to({ title: itemLabel, position: String(position), count: String(count) }),
		dropped: ({ itemLabel, position, count }) =>
			m.groups_dropped({ title: itemLabel, position: String(position), count: String(count) }),
		zoneActiveInstruction: m.groups_drag_instruction()
	});
}
