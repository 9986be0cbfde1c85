/**
 * The routing indicators that name someone: the sending station's and the addressees'. The
 * routing rules check these against the tables; relay indicators are only checked for form.
 */
import type { Field, TransmissionHeader } from '../model/types';

/** Operating signals written where an RI goes (`ZEN/AMEMBASSY BELMOPAN`: not sent by this transmission). */
const SIGNALS = new Set(['ZEN']);

/** The station and addressee indicators: those name someone, so the tables should know them. */
export function namingIndicators(headers: readonly TransmissionHeader[]): Field[] {
	const indicators: Field[] = [];
	for (const header of headers) {
		const station = header.de?.station;
		if (station && !SIGNALS.has(station.text)) indicators.push(station);
		for (const list of header.addressLists) {
			for (const { indicator } of list.addressees) if (indicator && !SIGNALS.has(indicator.text)) indicators.push(indicator);
		}
	}
	return indicators;
}
