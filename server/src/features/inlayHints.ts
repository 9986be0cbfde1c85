/**
 * Inlay hints (issue 17): short readings written after the codes a reader would otherwise look
 * up: the station after a routing indicator, the date in words after a date-time group, the
 * meaning after a TAGS code, the cable id a REF item cites. Each kind is switched by its own
 * setting; labels are plain text (clients never render them as markup), cut to a short length.
 */
import { type InlayHint, InlayHintKind, type Range } from 'vscode-languageserver-types';
import { type CableReferences, cableReferences } from '../citations/references';
import type { ReferenceTables } from '../data/referenceTables';
import { decodeRoutingIndicator } from '../decode/routing';
import { decodeTag } from '../decode/tags';
import { dtgDate, formatDateTime } from '../decode/times';
import { cableFacts } from '../facts/cableFacts';
import type { CableModel, DateTimeGroup, Field, RoutingIndicator, Tag, TransmissionHeader } from '../model/types';
import type { InlayHintSettings } from '../settings';
import { plainText } from '../util/plainText';
import { isBefore } from '../util/ranges';

/** A hint is a glance, not a hover: longer meanings are cut (the hover has them whole). */
const LABEL_LENGTH = 60;

export function getInlayHints(
	model: CableModel,
	text: string,
	range: Range,
	tables: ReferenceTables,
	settings: InlayHintSettings,
): InlayHint[] {
	const hints: InlayHint[] = [];
	const facts = cableFacts(model);
	if (settings.routingStations) for (const header of facts.headers) hints.push(...stationHints(header, tables));
	if (settings.dates) for (const dtg of facts.dtgs) hints.push(...dateHint(dtg));
	if (settings.tagMeanings) for (const line of facts.tagsLines) for (const tag of line.tags) hints.push(...tagHint(tag, tables));
	if (settings.referenceIds) hints.push(...referenceHints(cableReferences(model, text)));
	return hints
		.filter((hint) => inRange(hint.position, range))
		.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function inRange(position: InlayHint['position'], range: Range): boolean {
	return !isBefore(position, range.start) && !isBefore(range.end, position);
}

function hintAfter(field: Field, label: string, tooltip: string): InlayHint {
	return {
		position: field.range.end,
		label: plainText(label, LABEL_LENGTH),
		kind: InlayHintKind.Type,
		paddingLeft: true,
		tooltip: plainText(tooltip),
	};
}

/** The DE station and every addressee's indicator: the relay line's are transit stations, which say little. */
function stationHints(header: TransmissionHeader, tables: ReferenceTables): InlayHint[] {
	const indicators: RoutingIndicator[] = [];
	if (header.de?.station) indicators.push(header.de.station);
	for (const list of header.addressLists)
		for (const addressee of list.addressees) if (addressee.indicator) indicators.push(addressee.indicator);
	return indicators.flatMap((indicator) => {
		const decoding = decodeRoutingIndicator(indicator.text, tables.routingIndicators);
		// A gateway's reading describes the gateway, not the addressee; an unknown RI has no station to name.
		if ((decoding.kind !== 'station' && decoding.kind !== 'collective') || !decoding.primary) return [];
		return [hintAfter(indicator, decoding.primary.station, `Routing indicator ${indicator.text}: ${decoding.primary.station}`)];
	});
}

function dateHint(dtg: DateTimeGroup): InlayHint[] {
	const date = dtgDate(dtg);
	return date ? [hintAfter(dtg, formatDateTime(date), `Date-time group ${dtg.text}`)] : [];
}

function tagHint(tag: Tag, tables: ReferenceTables): InlayHint[] {
	const [entry] = decodeTag(tag.code, undefined, tables.tags).entries;
	const meaning = entry?.meaning || entry?.kind;
	if (!entry || !meaning) return [];
	// A person tag's hint goes after the name, so it never splits `OVIP (RICE, CONDOLEEZZA)`.
	const at = tag.person ?? tag;
	const label = entry.verified ? meaning : `${meaning} (unverified)`;
	return [hintAfter(at, label, `TAGS ${tag.code}: ${meaning} (${entry.kind})`)];
}

function referenceHints(references: CableReferences): InlayHint[] {
	return references.items.flatMap((item) =>
		item.cables.flatMap((cable) => {
			// The hint says what the text does not: an id that is already written as such is left bare.
			if (cable.id === undefined || cable.text.replace(/\s+/g, '') === cable.id) return [];
			const assumed = cable.yearWritten ? '' : ' (the reference gives no year: this cable’s year is assumed)';
			return [hintAfter(cable, cable.id, `Cites cable ${cable.id}${assumed}`)];
		}),
	);
}
