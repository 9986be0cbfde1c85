/**
 * Identity agreement: the publisher's statements of the id (page title, Reference ID), the DE
 * line, every banner and every page marker name the same cable (serial, year, originating
 * post), and each addressee's routing indicator is the one of the address written after it.
 */
import { addressIndex, normalizeAddress, originatorOfAddress } from '../../decode/addresses';
import { originatorByName, type OriginatorEntry, originatorsByIndicator } from '../../data/originators';
import type { ReferenceTables } from '../../data/referenceTables';
import { type CableIdDecoding, decodeCableId } from '../../decode/identity';
import { decodeRoutingIndicator } from '../../decode/routing';
import type { CableModel, Field, LegacyLine, Metadata, MetadataField, PageMarker } from '../../model/types';
import type { CableFacts } from '../../facts/cableFacts';
import { finding, type Finding, partOf, relatedField, type Rule } from '../rule';

interface SerialStatement {
	readonly field: Field;
	readonly serial: number;
	/** The DE line carries the serial modulo 10000. */
	readonly modulo: number | undefined;
	readonly where: string;
}

const digits = (text: string) => Number(text.replace(/\D/g, ''));

interface CableOrigin {
	readonly entry: OriginatorEntry;
	/** Where the cable names it: the id, else the first banner's post. */
	readonly field: Field;
}

function cableOrigin(facts: CableFacts): CableOrigin | undefined {
	const fromId = facts.id?.decoding.originator;
	if (fromId) return { entry: fromId, field: facts.id!.field };
	const post = facts.banners[0]?.post;
	const fromBanner = post && originatorByName(post.text);
	return fromBanner && post ? { entry: fromBanner, field: post } : undefined;
}

/** Whether a DE station is the post's own: a delegation's cables are sent by another station with its own serials. */
function sentByOwnStation(station: string, origin: OriginatorEntry | undefined): boolean {
	if (!origin?.routingIndicator) return false;
	return station === origin.routingIndicator || originatorsByIndicator(station).some((entry) => entry.origin === origin.origin);
}

/** Only a post's station can be judged: delegations and relays send under stations of their own. */
const isPostStation = (station: string) => originatorsByIndicator(station).length > 0;

function serialStatements(model: CableModel, facts: CableFacts): SerialStatement[] {
	const statements: SerialStatement[] = [];
	const id = facts.id;
	if (id && !id.decoding.damage) statements.push({ field: id.field, serial: id.decoding.serial, modulo: undefined, where: 'the cable id' });
	for (const banner of facts.banners) {
		if (banner.serial)
			statements.push({ field: banner.serial, serial: digits(banner.serial.text), modulo: undefined, where: 'the banner' });
	}
	const de = model.header?.de;
	if (de?.serialField && de.station && sentByOwnStation(de.station.text, cableOrigin(facts)?.entry)) {
		statements.push({ field: de.serialField, serial: digits(de.serialField.text), modulo: 10000, where: 'the DE line' });
	}
	for (const marker of pageMarkers(model)) {
		if (marker.serial)
			statements.push({ field: marker.serial, serial: digits(marker.serial.text), modulo: undefined, where: 'the page marker' });
	}
	for (const line of legacyLines(model)) {
		if (line.serial)
			statements.push({
				field: line.serial,
				serial: digits(line.serial.text),
				modulo: undefined,
				where: line.kind === 'page' ? 'the PAGE 01 line' : 'the serial line',
			});
	}
	return statements;
}

/** The body's page markers and those in a TO or INFO list or between a banner and its caption, in document order. */
const pageMarkers = (model: CableModel): PageMarker[] =>
	[...model.pageMarkersOutsideBody, ...(model.body?.pageMarkers ?? [])].sort((a, b) => a.range.start.line - b.range.start.line);

/**
 * The lines of the distribution blocks that state a serial: each section's `PAGE 01  NAIROBI 05213
 * 121340Z` line, and the serial alone under the distribution of 2009-2010 copies.
 */
function legacyLines(model: CableModel): LegacyLine[] {
	return [model.legacyHeader, ...model.laterLegacyHeaders].flatMap(
		(legacy) => legacy?.lines.filter((line) => line.serial !== undefined) ?? [],
	);
}

interface PostStatement {
	readonly post: Field | undefined;
	readonly where: string;
	/**
	 * Page lines shorten the post's name (`DUBAI 00000235 002 OF 003` on an RPO Dubai cable,
	 * `VATICA 05693`): a post whose name lies inside the origin's agrees with it.
	 */
	readonly shortened: boolean;
}

/**
 * The posts named beside the cable's serial: the PAGE 01 line's and the page markers'. A marker
 * with another serial belongs to a cable pasted into this one (or is reported as a serial
 * mismatch): its post is not this cable's statement.
 */
function postStatements(model: CableModel, facts: CableFacts): PostStatement[] {
	const serial = facts.serial;
	if (serial === undefined) return [];
	const statements: PostStatement[] = [];
	for (const page of legacyLines(model)) {
		if (page.post && page.serial && digits(page.serial.text) === serial)
			statements.push({ post: page.post, where: 'The PAGE 01 line', shortened: true });
	}
	for (const marker of pageMarkers(model)) {
		if (marker.post && marker.serial && digits(marker.serial.text) === serial)
			statements.push({ post: marker.post, where: 'The page marker', shortened: true });
	}
	return statements;
}

function serialMismatches(model: CableModel, facts: CableFacts): Finding[] {
	const [reference, ...others] = serialStatements(model, facts);
	if (!reference) return [];
	return others.flatMap((statement) => {
		const expected = statement.modulo ? reference.serial % statement.modulo : reference.serial;
		if (statement.serial === expected) return [];
		const shown = statement.modulo
			? `${String(expected).padStart(4, '0')} (the serial ${reference.serial} modulo 10000)`
			: String(expected);
		return [
			finding(
				statement.field.range,
				`Serial ${statement.field.text} in ${statement.where} differs from ${reference.where} (${reference.field.text}): expected ${shown}.`,
				[relatedField(reference.field, `${reference.where}: serial ${reference.serial}`)],
			),
		];
	});
}

function originMismatches(model: CableModel, facts: CableFacts, tables: ReferenceTables): Finding[] {
	const named = cableOrigin(facts);
	if (!named) return [];
	const origin = named.entry;
	const reference = relatedField(
		named.field,
		`${named.field === facts.id?.field ? 'the cable id' : 'the banner'}: origin ${origin.origin}`,
	);
	const station = origin.station || origin.origin;
	const found: Finding[] = [];
	const de = model.header?.de?.station;
	if (de && origin.routingIndicator && !sentByOwnStation(de.text, origin) && isPostStation(de.text)) {
		found.push(
			finding(
				de.range,
				`The DE line's station ${de.text} is not ${station}'s (${origin.routingIndicator}), the origin ${origin.origin} of this cable.`,
				[reference],
			),
		);
	}
	const from = model.header?.from?.address;
	if (from && origin.routingIndicator) {
		const routes = addressIndex(tables.routingIndicators).indicatorsOf(from.text);
		const agrees =
			normalizeAddress(from.text) === normalizeAddress(station) ||
			routes.has(origin.routingIndicator) ||
			(de !== undefined && routes.has(de.text));
		if (routes.size > 0 && !agrees) {
			found.push(
				finding(
					from.range,
					`FM ${from.text} is not ${station}, the origin ${origin.origin} of this cable (routed through ${origin.routingIndicator}).`,
					[reference],
				),
			);
		}
	}
	const posts = [
		...facts.banners.map((banner) => ({ post: banner.post, where: 'The banner', shortened: false })),
		...postStatements(model, facts),
	];
	for (const { post: field, where, shortened } of posts) {
		const post = field && originatorByName(field.text);
		if (
			!post ||
			!field ||
			field === named.field ||
			post.origin === origin.origin ||
			(post.routingIndicator && post.routingIndicator === origin.routingIndicator)
		)
			continue;
		if (shortened && origin.origin.includes(post.origin)) continue;
		found.push(finding(field.range, `${where} names ${field.text}, but this cable's origin is ${origin.origin}.`, [reference]));
	}
	return found;
}

interface IdStatement {
	readonly field: Field;
	readonly decoding: CableIdDecoding;
	readonly where: string;
}

/**
 * The publisher's statements of the cable id that can be read: the page title's
 * (`Viewing cable 04MADRID974, …`), the `Reference ID`, `Canonical ID` or `Identifier` line's.
 * Damaged ids (`08ECTION01OF02MANAMA492`, a doubled year, leading zeros) are read as the id
 * they should be, so that only a real disagreement is reported.
 */
function idStatements(metadata: Metadata | undefined): IdStatement[] {
	if (!metadata) return [];
	const statements: IdStatement[] = [];
	for (const field of metadata.fields) {
		if (field.key !== 'id') continue;
		const decoding = decodeCableId(field.value.text);
		if (decoding) statements.push({ field: field.value, decoding, where: idStatementPlace(field, metadata) });
	}
	return statements;
}

function idStatementPlace(field: MetadataField, metadata: Metadata): string {
	if (field.label) return `the ${field.label.text} line`;
	return metadata.layout === 'viewingCable' ? 'the page title' : 'the cable id';
}

/** How two readable ids differ, part by part: `serial 975, not 974`. */
function idDifference(id: CableIdDecoding, reference: CableIdDecoding): string | undefined {
	const parts: string[] = [];
	if (id.year !== reference.year) parts.push(`year ${id.year}, not ${reference.year}`);
	// Only two posts the originator table knows are clearly two: an unknown origin may be damage the id's decoding left in (`EFTOLONDON`).
	if (id.originator && reference.originator && id.originator.origin !== reference.originator.origin)
		parts.push(`origin ${id.origin}, not ${reference.origin}`);
	if (id.serial !== reference.serial) parts.push(`serial ${id.serial}, not ${reference.serial}`);
	return parts.length ? parts.join('; ') : undefined;
}

/**
 * Each statement of the id that differs from the first. The one reported is the one that
 * differs: the first is, when the banner's serial sides with the other.
 */
function idMismatches(model: CableModel, facts: CableFacts): Finding[] {
	const [first, ...others] = idStatements(model.metadata);
	if (!first) return [];
	const bannerSerial = facts.banners.find((banner) => banner.serial)?.serial;
	const serialOfBanner = bannerSerial && digits(bannerSerial.text);
	const found: Finding[] = [];
	for (const other of others) {
		if (!idDifference(other.decoding, first.decoding)) continue;
		const firstDiffers =
			serialOfBanner !== undefined && first.decoding.serial !== serialOfBanner && other.decoding.serial === serialOfBanner;
		const [differing, reference] = firstDiffers ? [first, other] : [other, first];
		found.push(
			finding(
				differing.field.range,
				`The cable id ${differing.field.text} in ${differing.where} differs from ${reference.field.text} in ${reference.where}: ${idDifference(differing.decoding, reference.decoding)}.`,
				[relatedField(reference.field, `${reference.where}: ${reference.field.text}`)],
			),
		);
	}
	return found;
}

function addresseeMismatches(model: CableModel, tables: ReferenceTables): Finding[] {
	const found: Finding[] = [];
	for (const list of model.header?.addressLists ?? []) {
		for (const { indicator, address } of list.addressees) {
			if (!indicator || !address) continue;
			// Only a post's address is judged: agencies and collectives are routed through many indicators.
			const post = originatorOfAddress(address.text);
			if (!post?.routingIndicator || post.routingIndicator === indicator.text) continue;
			if (addressIndex(tables.routingIndicators).indicatorsOf(address.text).has(indicator.text)) continue;
			const decoding = decodeRoutingIndicator(indicator.text, tables.routingIndicators);
			if (decoding.kind !== 'station') continue;
			found.push(
				finding(
					indicator.range,
					`${indicator.text} is the routing indicator of ${decoding.primary?.station ?? 'another station'}, not of ${address.text} (${post.routingIndicator}).`,
					[relatedField(address, `the address on this line: ${address.text}`)],
				),
			);
		}
	}
	return found;
}

export const identityRules: readonly Rule[] = [
	{
		code: 'cable.serial.mismatch',
		family: 'identity',
		severity: 'error',
		description: "The serial of the cable id, the DE line (modulo 10000), a banner, a page marker or an older copy's PAGE 01 line differ.",
		check: ({ model, facts }) => serialMismatches(model, facts),
	},
	{
		code: 'cable.id.mismatch',
		family: 'identity',
		severity: 'error',
		description:
			"The publisher's statements of the cable id (the page title, the Reference ID or Canonical ID line) name different cables.",
		check: ({ model, facts }) => idMismatches(model, facts),
	},
	{
		code: 'cable.id.year-mismatch',
		family: 'identity',
		severity: 'error',
		description: "The cable id's year is not the year of the date-time group.",
		check: ({ model, facts }) => {
			const dtg = model.header?.dtg?.dtg;
			const id = facts.id;
			if (!id || !dtg || dtg.year === undefined || id.decoding.year === dtg.year) return [];
			const written = /^\d+/.exec(id.field.text)![0];
			return [
				finding(
					partOf(id.field, 0, written.length),
					`The cable id ${id.field.text} is of ${id.decoding.year}, the date-time group of ${dtg.year}: expected ${String(dtg.year % 100).padStart(2, '0')}.`,
					[relatedField(dtg, `the date-time group: ${dtg.text}`)],
				),
			];
		},
	},
	{
		code: 'cable.origin.mismatch',
		family: 'identity',
		severity: 'warning',
		description:
			"The DE station, the FM originator, or the post of a banner, a page marker or an older copy's PAGE 01 line is not the post the cable id names.",
		check: ({ model, facts, tables }) => originMismatches(model, facts, tables),
	},
	{
		code: 'cable.addressee.indicator-mismatch',
		family: 'identity',
		severity: 'warning',
		description: "An addressee's routing indicator belongs to another station than the post written after it.",
		check: ({ model, tables }) => addresseeMismatches(model, tables),
	},
];
