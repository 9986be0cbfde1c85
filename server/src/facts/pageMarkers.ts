/**
 * Which continuation-page markers are the cable's own: a cable pasted into another keeps its
 * own markers, with its own serial, and they must not be counted as this cable's pages.
 */
import type { CableModel, PageMarker } from '../model/types';

/** Continuation markers of this cable: with its serial (`serial`, when the cable's serial is known). */
export function ownMarkers(model: CableModel, serial: number | undefined): PageMarker[] {
	return (model.body?.pageMarkers ?? []).filter(
		(marker) =>
			marker.style === 'continuation' && marker.total && (serial === undefined || !marker.serial || Number(marker.serial.text) === serial),
	);
}
