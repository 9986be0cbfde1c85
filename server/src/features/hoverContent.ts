/**
 * Hover bodies: each function takes model elements, decodes them with server/src/decode and
 * writes the result in plain words. Cable text goes through the Markdown builder, which
 * escapes it; nothing here concatenates raw text into Markdown.
 */
import type { ReferenceItem, ReferenceKind } from '../citations/references';
import type { CableCollection } from '../collection/types';
import { type Definition, describeSource } from '../data/definition';
import type { ReferenceTables } from '../data/referenceTables';
import type { RoutingEntry } from '../data/routingIndicators';
import type { TagEntry } from '../data/tagTable';
import { decodeLevel, decodeMarking, decodeSecurityLetters, decodeSecuritySignal, type MarkingDecoding } from '../decode/classification';
import { decodeDecl, decodeExecutiveOrder, decodeReasons } from '../decode/declassification';
import { cableIdFor, decodeCableId } from '../decode/identity';
import { addressIndex, originatorOfAddress } from '../decode/addresses';
import { decodeDtgPrecedence, decodePrecedenceWord, decodeProsign } from '../decode/precedence';
import { decodeRoutingIndicator, type RoutingDecoding } from '../decode/routing';
import { decodeTag } from '../decode/tags';
import {
	clockTime,
	compareWithCreated,
	dtgDate,
	EARLIEST_YEAR,
	formatDateTime,
	formatDay,
	julianDate,
	LATEST_YEAR,
	utcDate,
} from '../decode/times';
import { type CableFacts, statedClassification } from '../facts/cableFacts';
import type {
	Addressee,
	AddresseeList,
	Banner,
	CableModel,
	Caveat,
	ClassifiedBy,
	DateTimeGroup,
	DeLine,
	DtgLine,
	EoLine,
	Field,
	FromLine,
	LegacyLine,
	LegacyLineKind,
	OfficeCode,
	PageMarker,
	PortionMark,
	RelayLine,
	SecurityLine,
	SectionOf,
	Tag,
} from '../model/types';
import type { HiddenWord } from '../util/invisibleCharacters';
import { code, HoverText, join, type Markdown, md } from '../util/markdown';

/** What a hover needs besides the element: the tables and facts about the whole cable. */
export interface HoverContext {
	readonly model: CableModel;
	readonly tables: ReferenceTables;
	readonly facts: CableFacts;
}

const UNVERIFIED = md` *(meaning unverified — our best reading)*`;

/** `meaning`, marked when unverified, with its source noted for the footer. */
function meaning(text: HoverText, definition: Definition): Markdown {
	text.source(describeSource(definition.source));
	return md`${definition.meaning}${definition.verified ? undefined : UNVERIFIED}`;
}

/** Where a table entry comes from: the table's source, or the user's dictionary (and the source it names). */
function entrySource(entry: { readonly source: string; readonly dictionary?: string }): string {
	if (!entry.dictionary) return describeSource(entry.source);
	return `your dictionary ${entry.dictionary}${entry.source ? ` (${entry.source})` : ''}`;
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// ------------------------------------------------------------------------------ tags

function tagEntryLine(text: HoverText, entry: TagEntry): Markdown {
	text.source(entrySource(entry));
	const seen = entry.timesSeen > 0 ? md` · seen ${entry.timesSeen}× in the Cablegate sample` : undefined;
	if (entry.meaning === '') return md`${entry.kind} tag — meaning not recorded in our sources${seen}`;
	return md`${entry.kind} tag: ${entry.meaning}${entry.verified ? undefined : UNVERIFIED}${seen}`;
}

export function tagHover(tag: Tag, context: HoverContext): HoverText {
	const decoding = decodeTag(tag.code, tag.person?.text, context.tables.tags);
	const text = new HoverText();
	if (decoding.entries.length === 0) {
		text.line(md`**${decoding.code}** — not a known TAGS code`);
		if (decoding.nearest) {
			const [first] = decoding.nearest.entries;
			text.line(md`Nearest known tag: **${decoding.nearest.code}**${first ? md` (${tagEntryLine(text, first)})` : undefined}`);
		} else {
			text.line(md`No known tag is close to it; it may be free text or a non-standard code.`);
		}
	} else {
		for (const entry of decoding.entries) text.line(md`**${decoding.code}** · ${tagEntryLine(text, entry)}`);
	}
	if (decoding.person) {
		text.line(md`Person: ${code(decoding.person.name)} — ${meaning(text, decoding.person.role)}`);
	}
	return text;
}

/** All tags of a TAGS line, one short line each (hover on the `TAGS:` keyword). */
export function tagsLineHover(tags: readonly Tag[], context: HoverContext): HoverText {
	const text = new HoverText().line(
		md`**TAGS** — ${plural(tags.length, 'code')} filing the cable by subject, program, country, organization and person`,
	);
	tagListLines(text, tags, context);
	return text;
}

function tagListLines(text: HoverText, tags: readonly Tag[], context: HoverContext): void {
	for (const tag of tags) {
		const [entry] = context.tables.tags.get(tag.code) ?? [];
		if (!entry) {
			text.line(md`${code(tag.code)} *not a known TAGS code*`);
			continue;
		}
		text.source(entrySource(entry));
		const reading = entry.meaning === '' ? md`${entry.kind} tag` : md`${entry.meaning}${entry.verified ? undefined : md` *(unverified)*`}`;
		text.line(md`${code(tag.code)} ${reading}`);
	}
}

// ------------------------------------------------------------------------------ header lines

export function transmissionIdHover(): HoverText {
	return new HoverText().line(
		md`**Transmission identifier** (format line 1): ${code('VZCZC')} (start of transmission and of message), then the channel designator and the channel serial number`,
	);
}

export function btHover(): HoverText {
	return new HoverText().line(md`**BT** — break: separates the header from the text`);
}

export function endOfMessageHover(field: Field): HoverText {
	return new HoverText().line(md`**${field.text}** — end of message`);
}

// ------------------------------------------------------------------------------ routing

const OTHER_NAME_LABELS: Readonly<Record<RoutingEntry['rowKind'], string>> = {
	decode: 'Also decoded as',
	address: 'Addresses served through it',
	cables: 'Written in cables as',
	gateway: 'Also described as',
	user: 'Also named',
};

/** The other names an RI has, grouped by what they are, a few of each. */
function otherNameLines(text: HoverText, others: readonly RoutingEntry[]): void {
	for (const [rowKind, label] of Object.entries(OTHER_NAME_LABELS)) {
		const group = others.filter((entry) => entry.rowKind === rowKind);
		if (group.length === 0) continue;
		const shown = group.slice(0, 3).map((entry) => (entry.timesSeen > 0 ? `${entry.station} (${entry.timesSeen}×)` : entry.station));
		const more = group.length > shown.length ? md` and ${group.length - shown.length} more` : undefined;
		text.line(md`${label}: ${join(shown, '; ')}${more}`);
		for (const entry of group.slice(0, 3)) text.source(entrySource(entry));
	}
}

function routingIndicatorLines(text: HoverText, decoding: RoutingDecoding): void {
	const { indicator, primary } = decoding;
	if (primary) text.source(entrySource(primary));
	switch (decoding.kind) {
		case 'gateway':
			text.line(md`**${indicator}** · ${primary?.station}`);
			text.line(md`A gateway serves many addressees, so the plain-language address after it, not the indicator, names the addressee.`);
			break;
		case 'collective':
			text.line(md`**${indicator}** · collective routing indicator: ${primary?.station}`);
			text.line(md`A collective indicator addresses a whole group of posts with one entry.`);
			break;
		case 'station':
			text.line(md`**${indicator}** · routing indicator of station ${primary?.station}`);
			break;
		case 'signal':
			text.line(
				md`**${indicator}** · operating signal in place of a routing indicator: ${decoding.signal ? meaning(text, decoding.signal) : undefined}`,
			);
			break;
		case 'unknown':
			text.line(md`**${indicator}** — routing indicator not in our tables`);
			if (decoding.nearest) text.line(md`Closest known indicator: ${code(decoding.nearest)}`);
			break;
	}
	if (decoding.origin) {
		const country = decoding.origin.countryCode ? md`, country code ${code(decoding.origin.countryCode)}` : undefined;
		text.line(md`Origin in cable ids: ${code(decoding.origin.origin)}${country}`);
	}
	if (decoding.kind !== 'gateway') otherNameLines(text, decoding.otherNames);
	// A known station's name says enough; the family helps with collectives and unknown RIs.
	const needsFamily = decoding.kind === 'unknown' || decoding.kind === 'collective';
	if (needsFamily && decoding.family) text.line(md`Family ${code(indicator.slice(0, 4))}…: ${meaning(text, decoding.family)}`);
	else if (decoding.kind === 'unknown' && decoding.nation)
		text.line(md`Second letter ${code(indicator.charAt(1))}: ${decoding.nation} routing indicator`);
}

function decodeIndicator(indicator: Field, context: HoverContext): RoutingDecoding {
	return decodeRoutingIndicator(indicator.text, context.tables.routingIndicators);
}

export function relayIndicatorHover(indicator: Field, context: HoverContext): HoverText {
	const text = new HoverText();
	routingIndicatorLines(text, decodeIndicator(indicator, context));
	text.line(md`On the relay line: this copy of the cable was relayed to this station.`);
	return text;
}

export function prosignHover(relay: RelayLine): HoverText {
	const text = new HoverText();
	const decoding = decodeProsign(relay.prosign.text);
	if (decoding.precedence) {
		text.line(md`**${decoding.prosign}** · precedence prosign: ${decoding.precedence.word}`);
		text.line(meaning(text, decoding.precedence.definition));
		text.line(md`The prosign is the precedence letter doubled; it carries the highest precedence in the message.`);
	} else {
		text.line(md`**${decoding.prosign}** — not a doubled precedence letter (ZZ, OO, PP, RR); meaning unknown.`);
	}
	return text;
}

// ------------------------------------------------------------------------------ DE line

export function deLineHover(de: DeLine, context: HoverContext, hoveredStation: boolean): HoverText {
	const text = new HoverText();
	const decoding = de.station && decodeIndicator(de.station, context);
	if (hoveredStation && decoding) {
		routingIndicatorLines(text, decoding);
		text.line(md`On the DE line: the station that sent this cable.`);
		text.section();
	}
	const station = decoding?.kind === 'gateway' ? undefined : decoding?.primary?.station;
	text.line(
		md`**DE** line (format line 3): from ${de.station ? code(de.station.text) : md`an unnamed station`}${station ? md` (${station})` : undefined}`,
	);
	if (de.serial !== undefined) {
		const idSerial = context.facts.serial;
		const check =
			idSerial === undefined
				? undefined
				: Number(de.serial) === idSerial % 10000
					? md` — matches the cable number ${idSerial}`
					: md` — differs from the cable number ${idSerial}`;
		text.line(md`Station serial number ${code(de.serial)}${check}`);
	}
	const sections = context.facts.sections;
	if (de.section !== undefined)
		text.line(md`Section ${de.section}${sections ? md` of ${sections}` : undefined}: this part of a cable sent in several sections`);
	if (de.julianDay !== undefined) {
		const { year } = context.facts;
		const date = year === undefined ? undefined : julianDate(year, de.julianDay);
		text.line(md`Julian day ${String(de.julianDay).padStart(3, '0')}${date ? md` → ${formatDay(date)}` : md` (day of the year)`}`);
	}
	if (de.timeFiled !== undefined) {
		const time = clockTime(de.timeFiled);
		text.line(time ? md`Time filed ${time} UTC` : md`Time filed ${code(de.timeFiled)} (not a valid time of day)`);
	}
	return text;
}

// ------------------------------------------------------------------------------ security line

export function securityLineHover(line: SecurityLine): HoverText {
	const text = new HoverText();
	const signal = decodeSecuritySignal(line.signal.text);
	text.line(md`**${line.signal.text}** — ${signal ? meaning(text, signal) : md`operating signal not in our tables`}`);
	if (line.letters) {
		const letters = decodeSecurityLetters(line.letters.text);
		const level = letters.classification ? meaning(text, letters.classification) : md`not a known classification letter`;
		text.line(md`**${line.letters.text}** — classification: ${level}${letters.irregular ? md` (${letters.irregular})` : undefined}`);
		for (const special of letters.specialCategories) {
			text.line(
				md`${code(special.letter)} — ${special.definition ? meaning(text, special.definition) : md`special-category letter not in our tables`}`,
			);
		}
	}
	for (const handling of line.handling) {
		const definition = decodeSecuritySignal(handling.text);
		text.line(md`${code(handling.text)} — ${definition ? meaning(text, definition) : md`handling or operating signal not in our tables`}`);
	}
	return text;
}

// ------------------------------------------------------------------------------ DTG line

export function dtgLineHover(line: DtgLine, context: HoverContext): HoverText {
	const text = new HoverText();
	const letters = line.precedence.map((field) => field.text.toUpperCase());
	const precedence = decodeDtgPrecedence(letters);
	if (precedence.dual) {
		text.line(
			md`**${letters.join(' ')}** · dual precedence: ${precedence.action?.word ?? '?'} for action addressees, ${precedence.info?.word ?? '?'} for info addressees`,
		);
	} else if (precedence.action) {
		text.line(md`**${letters[0]}** · precedence ${precedence.action.word}: ${meaning(text, precedence.action.definition)}`);
	} else if (letters.length > 0) {
		text.line(md`**${letters.join(' ')}** — not a known precedence letter`);
	}
	dtgLines(text, line.dtg, context);
	if (line.trailing) text.line(md`${code(line.trailing.text)} — service codes or notes after the date-time group`);
	return text;
}

/**
 * The date-time group read out, or what is wrong with it: the same faults, in the same terms,
 * as the diagnostics `cable.dtg.impossible-date`, `impossible-time`, `unknown-month` and
 * `bad-year`. A bad hour leaves the date standing, as written.
 */
function dtgLines(text: HoverText, dtg: DateTimeGroup, context: HoverContext): void {
	const faults = dtgFaults(dtg);
	const date = dtgDate(dtg);
	if (faults.length === 0 && date) {
		text.line(md`**${dtg.text}** · date-time group: ${formatDateTime(date)}`);
		const created = context.facts.created;
		if (created) text.line(md`${compareWithCreated(date, created.time)} (${code(created.field.text.trim())})`);
		return;
	}
	const day =
		dtg.year !== undefined && dtg.month !== undefined && dtg.day !== undefined ? utcDate(dtg.year, dtg.month, dtg.day) : undefined;
	const reading = day ? md`the date is ${formatDay(day)}, as written` : md`day, hour and minute in UTC, month, year`;
	text.line(md`**${dtg.text}** · date-time group (${reading}); ${join(faults, '; ')}`);
}

function dtgFaults(dtg: DateTimeGroup): Markdown[] {
	const faults: Markdown[] = [];
	if (dtg.day !== undefined) {
		const known = dtg.month !== undefined && dtg.year !== undefined;
		const days = known ? daysInMonth(dtg.year!, dtg.month!) : 31;
		if (dtg.day < 1 || dtg.day > days) {
			faults.push(
				md`day ${dtg.text.slice(0, 2)} is not valid: ${known ? `${dtg.monthText?.toUpperCase()} ${dtg.year}` : 'a month'} has days 01-${days}`,
			);
		}
	}
	if (dtg.hour !== undefined && dtg.hour > 23) faults.push(md`hour ${dtg.text.slice(2, 4)} is not valid: expected 00-23 (UTC)`);
	if (dtg.minute !== undefined && dtg.minute > 59) faults.push(md`minute ${dtg.text.slice(4, 6)} is not valid: expected 00-59`);
	if (dtg.month === undefined && dtg.monthText !== undefined)
		faults.push(md`month ${dtg.monthText} is not valid: expected JAN, FEB, ... DEC`);
	if (dtg.year !== undefined && (dtg.year < EARLIEST_YEAR || dtg.year > LATEST_YEAR)) {
		faults.push(md`year ${dtg.year} cannot be a cable's: expected ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
	}
	return faults;
}

function daysInMonth(year: number, month: number): number {
	let days = 31;
	while (days > 28 && !utcDate(year, month, days)) days--;
	return days;
}

// ------------------------------------------------------------------------------ addressees

const LIST_ROLES: Readonly<Record<AddresseeList['kind'], string>> = {
	TO: 'action addressee',
	INFO: 'information addressee',
	XMT: 'exempted addressee (not sent to this one)',
};

export function addresseeHover(addressee: Addressee, list: AddresseeList, context: HoverContext): HoverText {
	const text = new HoverText();
	if (addressee.indicator) routingIndicatorLines(text, decodeIndicator(addressee.indicator, context));
	text.section();
	const role = LIST_ROLES[list.kind];
	text.line(md`**${list.kind}** line: ${role}${addressee.address ? md` ${code(addressee.address.text)}` : undefined}`);
	if (addressee.address && /\bCOLLECTIVE\b/i.test(addressee.address.text))
		text.line(md`A collective address: one entry that addresses a whole group of posts.`);
	if (addressee.precedence) {
		const word = decodePrecedenceWord(addressee.precedence.text);
		const niact = word.niact ? md` — NIACT: ${meaning(text, word.niact)}` : undefined;
		const speed = word.precedence
			? md`${word.precedence.word}: ${meaning(text, word.precedence.definition)}`
			: md`${code(word.written)} (not a known precedence)`;
		text.line(md`Precedence for this addressee: ${speed}${niact}`);
	}
	if (addressee.sequence) {
		const range = addressee.sequence.text.includes('-');
		text.line(
			md`Sequence number${range ? 's' : ''} ${code(addressee.sequence.text)}: the originator's per-addressee message sequence number${range ? 's (a range)' : ''}`,
		);
	}
	return text;
}

export function addresseeListHover(list: AddresseeList): HoverText {
	return new HoverText().line(md`**${list.kind}** — ${plural(list.addressees.length, LIST_ROLES[list.kind])}`);
}

// ------------------------------------------------------------------------------ banners and captions

export function bannerHover(banner: Banner, context: HoverContext): HoverText {
	const text = new HoverText();
	const { classification } = banner;
	if (classification.level) {
		const level = decodeLevel(classification.level);
		text.line(md`**${level.name}** · classification banner: ${meaning(text, level.definition)}`);
	} else {
		text.line(md`Classification banner ${code(classification.text)}`);
	}
	caveatLines(text, classification.caveats);
	if (banner.sectionOf) text.line(sectionOfLine(banner.sectionOf));
	if (banner.post && banner.serial) text.line(cableReferenceLine(banner.post.text, banner.serial.text, context.facts.year, 'This cable'));
	return text;
}

function caveatLines(text: HoverText, caveats: readonly string[]): void {
	for (const caveat of caveats) {
		const decoding = decodeMarking(caveat);
		text.line(
			md`${code(caveat)}${decoding.name && decoding.name !== caveat.toUpperCase() ? md` (${decoding.name})` : undefined} — ${decoding.definition ? meaning(text, decoding.definition) : md`marking not in our tables`}`,
		);
		classifiedOnlyLine(text, decoding);
	}
}

/** ORCON, ROGER: markings an unclassified cable cannot carry (rule cable.caveat.needs-classified). */
function classifiedOnlyLine(text: HoverText, decoding: MarkingDecoding): void {
	if (decoding.classifiedOnly) text.line(md`Only on classified information: ${meaning(text, decoding.classifiedOnly)}`);
}

function sectionOfLine(sectionOf: SectionOf): Markdown {
	return md`Section ${Number(sectionOf.number.text)} of ${Number(sectionOf.total.text)}: the cable was sent in ${Number(sectionOf.total.text)} parts, each opening with this banner`;
}

export function sectionOfHover(sectionOf: SectionOf): HoverText {
	return new HoverText().line(sectionOfLine(sectionOf));
}

/** `TOKYO 000374` → `07TOKYO374`, with the post's station when the origin is known. */
function cableReferenceLine(post: string, serial: string, year: number | undefined, label: string): Markdown {
	if (year === undefined)
		return md`${label}: ${code(`${post} ${serial}`)} — post ${code(post)}, serial ${Number(serial.replace(/\D/g, ''))}`;
	const id = cableIdFor(post, serial, year);
	const decoded = decodeCableId(id);
	const station = decoded?.originator?.station;
	return md`${label}: ${code(id)} — year ${year}, ${station ? md`${station}` : md`post ${code(post)}`}, serial ${Number(serial.replace(/\D/g, ''))}`;
}

export function caveatHover(caveat: Caveat): HoverText {
	const text = new HoverText();
	const decoding = decodeMarking(caveat.marking);
	text.line(
		md`**${caveat.marking}** · ${decoding.definition ? meaning(text, decoding.definition) : md`caption or handling marking not in our tables`}`,
	);
	classifiedOnlyLine(text, decoding);
	return text;
}

export function portionMarkHover(mark: PortionMark): HoverText {
	const text = new HoverText();
	const level = decodeLevel(mark.level);
	text.line(md`**(${mark.marking})** · portion mark: this paragraph is ${level.name} — ${meaning(text, level.definition)}`);
	caveatLines(text, mark.caveats);
	return text;
}

export function eoLineHover(eo: EoLine, context: HoverContext): HoverText {
	const text = new HoverText();
	if (eo.order) {
		const decoding = decodeExecutiveOrder(eo.order.text);
		const order = decoding.order;
		if (order) {
			text.line(md`**E.O. ${order.number}** · Executive Order ${order.number}, "${order.title}", in force ${order.inForce}`);
			text.line(meaning(text, order.definition));
		} else {
			text.line(
				md`**E.O. ${eo.order.text}** — no executive order on classification has this number${decoding.likelyMeant ? md`; probably a typo of E.O. ${decoding.likelyMeant.number} (in force ${decoding.likelyMeant.inForce})` : undefined}`,
			);
		}
	}
	const decl = decodeDecl(eo);
	if (decl.action) text.line(md`${code(eo.action?.text ?? decl.action.name)} — ${meaning(text, decl.action.definition)}`);
	if (decl.date) {
		const { year } = context.facts;
		const after = year === undefined ? undefined : md` (${plural(decl.date.getUTCFullYear() - year, 'year')} after the cable's year)`;
		text.line(md`Declassify on **${formatDay(decl.date)}**${after}`);
	} else if (eo.declKind === 'date' && eo.decl) {
		text.line(md`${code(eo.decl.text)} — not a valid calendar date`);
	}
	for (const form of decl.forms) text.line(md`${code(form.name)} — ${meaning(text, form.definition)}`);
	if (decl.words) text.line(md`Declassification instruction in words: ${code(decl.words)}`);
	return text;
}

export function classifiedByHover(classifiedBy: ClassifiedBy, hovered: Field | undefined): HoverText {
	const text = new HoverText();
	const letters = hovered ? [hovered.text] : classifiedBy.reasons.map((reason) => reason.text);
	const decoding = decodeReasons(classifiedBy.section?.text, letters);
	if (!hovered && classifiedBy.authority) text.line(md`Classified by ${code(classifiedBy.authority.text)}`);
	for (const reason of decoding.reasons) {
		text.line(
			md`**${decoding.section ?? ''}(${reason.letter})** — ${reason.definition ? meaning(text, reason.definition) : md`not a classification reason letter (a–h)`}`,
		);
	}
	if (decoding.sectionNote) text.line(md`Reason letters of ${decoding.sectionNote}`);
	return text;
}

/** What an item that cites no cable cites instead, in words. */
const NON_CABLE_KINDS: Readonly<Record<Exclude<ReferenceKind, 'cable'>, string>> = {
	reftel: 'a mention of the references',
	email: 'an email',
	telcon: 'a telephone conversation',
	'military-dtg': "a military message's date-time group",
	report: 'a report',
	other: 'a document that is not a cable',
};

/**
 * A REF item: the cable ids it cites, each with what the collection knows of that cable
 * (subject, date, origin, classification); items citing something else say what.
 */
export function referenceItemHover(item: ReferenceItem, collection: CableCollection | undefined): HoverText {
	const text = new HoverText();
	const label = item.letter ? `Reference ${item.letter}` : 'Reference';
	if (item.kind !== 'cable') return text.line(md`${label}: ${code(item.text)} — ${NON_CABLE_KINDS[item.kind]}, not a cable: no cable id`);
	if (item.cables.length === 0)
		return text.line(md`${label}: ${code(item.text)} — a cable whose post or serial the tables cannot read: no cable id`);
	const seen = new Set<string>();
	for (const cable of item.cables) {
		if (cable.id === undefined) {
			text.line(md`${label}: ${code(cable.text)} — post ${code(cable.post)}, serial ${cable.serial}; no year is known, so no cable id`);
			continue;
		}
		if (seen.has(cable.id)) continue;
		seen.add(cable.id);
		text.line(citedCableLine(cable.id, cable.year, cable.serial, label));
		if (!cable.yearWritten) text.line(md`The reference gives no year; this cable's year is assumed.`);
		collectionLines(text, cable.id, collection);
	}
	return text;
}

/** `08STATE74879` — year 2008, the Department of State, serial 74879. */
function citedCableLine(id: string, year: number | undefined, serial: number, label: string): Markdown {
	const station = decodeCableId(id)?.originator?.station;
	return md`${label}: ${code(id)} — ${join([year === undefined ? undefined : `year ${year}`, station, `serial ${serial}`])}`;
}

/** What the workspace's copy of a cited cable says; nothing without a collection. */
function collectionLines(text: HoverText, id: string, collection: CableCollection | undefined): void {
	if (!collection) return;
	const entries = collection.byId(id);
	const entry = entries[0];
	if (!entry) {
		text.line(collection.complete ? md`Not in the workspace.` : md`Not in the workspace so far (the workspace is still being indexed).`);
		return;
	}
	if (entry.subject) text.line(md`Subject: ${entry.subject}`);
	if (entry.date) text.line(md`Sent: ${entry.date}`);
	if (entry.origin) text.line(md`Origin: ${entry.origin}`);
	if (entry.classification) text.line(md`Classification: ${entry.classification}`);
	if (entries.length > 1) text.line(md`In ${plural(entries.length, 'file')} of the workspace.`);
}

export function pageMarkerHover(marker: PageMarker, context: HoverContext): HoverText {
	const text = new HoverText();
	const total = marker.total ? md` of ${Number(marker.total.text)}` : undefined;
	text.line(md`**Page ${Number(marker.page.text)}**${total} · continuation-page marker`);
	if (marker.post && marker.serial) text.line(cableReferenceLine(marker.post.text, marker.serial.text, context.facts.year, 'Cable'));
	if (marker.time) text.line(timeGroupLine(marker.time, context));
	return text;
}

// ------------------------------------------------------------------------------ older received copies

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `121340Z` on a page or counter line: day, hour and minute without a month. The month and year
 * are named only when the cable's date confirms the day: it is that day, or the one before (a
 * copy received after midnight); any other day could be of another month.
 */
function timeGroupLine(field: Field, context: HoverContext): Markdown {
	const day = Number(field.text.slice(0, 2));
	const hour = Number(field.text.slice(2, 4));
	const minute = Number(field.text.slice(4, 6));
	const time = clockTime(field.text.slice(2, 6));
	if (day < 1 || day > 31 || !time) return md`**${field.text}** · time group (day, hour and minute in UTC): not a valid day and time`;
	const cableDate = context.facts.date;
	for (const offset of [0, 1]) {
		const candidate = cableDate && new Date(cableDate.getTime() + offset * DAY_MS);
		const date =
			candidate?.getUTCDate() === day ? utcDate(candidate.getUTCFullYear(), candidate.getUTCMonth() + 1, day, hour, minute) : undefined;
		if (date)
			return md`**${field.text}** · time group: ${formatDateTime(date)} — month and year from the cable's date, ${formatDay(cableDate!)}${offset ? ', the day before' : undefined}`;
	}
	const unconfirmed = cableDate ? md`; the cable's date, ${formatDay(cableDate)}, does not confirm the day` : undefined;
	return md`**${field.text}** · time group: day ${day}, ${time} UTC — the month is not written${unconfirmed}`;
}

interface OfficeRole {
	readonly name: string;
	readonly meaning: string;
}

const OFFICE_ROLES: Readonly<Partial<Record<LegacyLineKind, OfficeRole>>> = {
	action: { name: 'action office', meaning: 'the office that acts on the cable' },
	origin: { name: 'office of origin', meaning: 'the office that sent the cable' },
	info: { name: 'info office', meaning: 'the offices that receive copies for information' },
};

/** The line under the mouse of an older copy's distribution block, and the part of it hovered. */
export function legacyLineHover(
	lines: readonly LegacyLine[],
	index: number,
	part: Field | undefined,
	context: HoverContext,
): HoverText | undefined {
	const line = lines[index]!;
	const text = new HoverText();
	if (part && part === line.time) {
		text.line(timeGroupLine(part, context));
		text.section();
	}
	if (part && part === line.total) return text.line(copiesTotalLine(lines, index, part));
	const office = line.offices.find((candidate) => candidate === part);
	if (office) return officeCodeHover(text, office, roleOf(lines, index));
	switch (line.kind) {
		case 'page':
			text.line(md`**PAGE 01** · the first page of a received copy${sectionOf(line.text)}, as printed with its distribution`);
			if (line.post && line.serial) text.line(cableReferenceLine(line.post.text, line.serial.text, context.facts.year, 'Cable'));
			if (line.time && part !== line.time) text.line(timeGroupLine(line.time, context));
			return text;
		case 'serial':
			return line.serial ? text.line(md`**${line.serial.text}** · the cable's serial, as printed under the distribution`) : undefined;
		case 'counter':
			text.line(md`A line of rules and numbers between the distribution and the telegram; what its numbers count is not in our tables`);
			if (line.time && part !== line.time) text.line(timeGroupLine(line.time, context));
			return text;
		case 'action':
		case 'origin':
		case 'info':
		case 'distribution': {
			const role = roleOf(lines, index);
			const example = line.offices[0];
			const reading = example ? md` (${code(example.text)}: office ${code(example.office)}, ${copies(example.copies)})` : undefined;
			text.line(
				md`**${line.keyword?.text ?? 'INFO'}** · ${role.name}${index > 0 && !line.keyword ? md`s, continued` : undefined}: ${role.meaning}, each code written with its number of copies${reading}`,
			);
			return text;
		}
		default:
			return part === line.time ? text : undefined;
	}
}

/** `PAGE 01  ROME 03639  02 OF 03  231627Z`: each section of a long cable was received with a first page of its own. */
const SECTION_OF = /\s(\d{2})\s+OF\s+(\d{2})\s/;

function sectionOf(text: string): Markdown | undefined {
	const section = SECTION_OF.exec(text.slice(0, 120));
	return section ? md` of section ${Number(section[1])} of ${Number(section[2])}` : undefined;
}

const copies = (count: number) => `${count} ${count === 1 ? 'copy' : 'copies'}`;

/** A continuation line's offices are of the ACTION, ORIGIN or INFO line above it. */
function roleOf(lines: readonly LegacyLine[], index: number): OfficeRole {
	for (let i = index; i >= 0; i--) {
		const role = OFFICE_ROLES[lines[i]!.kind];
		if (role) return role;
	}
	return OFFICE_ROLES.info!;
}

function officeCodeHover(text: HoverText, office: OfficeCode, role: OfficeRole): HoverText {
	text.line(md`**${office.text}** · ${role.name} ${code(office.office)}, ${copies(office.copies)}`);
	text.line(md`What the office code ${code(office.office)} stands for is not in our tables.`);
	return text;
}

/** `/049`: the copies of the offices above, added up; said whether they add up to it. */
function copiesTotalLine(lines: readonly LegacyLine[], index: number, total: Field): Markdown {
	const written = Number(total.text.slice(1));
	const sum = lines.slice(0, index + 1).reduce((copies, line) => copies + line.offices.reduce((n, office) => n + office.copies, 0), 0);
	const check =
		sum === written
			? md`the offices' copies above add up to ${sum}`
			: md`the offices' copies above add up to ${sum}, not ${written}: a code may be missing or misread`;
	return md`**${total.text}** · copies in all: ${check}`;
}

/** The FM line, in either form: the originator's station, and its routing indicator from the originators table. */
export function fromLineHover(from: FromLine, context: HoverContext): HoverText {
	const text = new HoverText();
	const address = from.address;
	text.line(md`**FM** line: the originator${address ? md`, ${code(address.text)}` : undefined}`);
	if (!address) return text;
	const entry = originatorOfAddress(address.text);
	if (entry) {
		text.source('originators table (originators.tsv)');
		const route = entry.routingIndicator
			? md`, routing indicator ${code(entry.routingIndicator)}`
			: md`; its routing indicator is not in our tables`;
		text.line(md`Station ${entry.station} — ${code(entry.origin)} in cable ids${route}`);
		return text;
	}
	const indicators = [...addressIndex(context.tables.routingIndicators).indicatorsOf(address.text)].slice(0, 3);
	if (indicators.length === 0) return text.line(md`This originator is not in our tables.`);
	return text.line(
		md`Routed through ${join(
			indicators.map((indicator) => code(indicator)),
			', ',
		)} (routing table)`,
	);
}

// ------------------------------------------------------------------------------ header summary

/** A compact decoding of the whole header: from, to, when, classification, precedence, sections. */
export function summaryHover(context: HoverContext): HoverText {
	const { model, facts } = context;
	const text = new HoverText();
	const header = model.header;
	const decodedId = facts.cableId;
	const origin = facts.origin;
	text.line(
		decodedId
			? md`**Cable ${decodedId.id}** — ${origin ? md`${origin}, ` : undefined}serial ${decodedId.serial}, ${decodedId.year}`
			: md`**Cable header**${origin ? md` — ${origin}` : undefined}`,
	);
	if (decodedId?.damage) text.line(md`The publisher's id has ${code(decodedId.damage)} glued in; the cable is ${code(decodedId.normalId)}`);

	const station = header?.de?.station?.text;
	const from = header?.from?.address?.text;
	if (from || station) text.line(md`From: ${from ?? ''}${station ? md` (${code(station)})` : undefined}`);

	const action = header?.addressLists.filter((list) => list.kind === 'TO').flatMap((list) => list.addressees) ?? [];
	const info = header?.addressLists.filter((list) => list.kind === 'INFO').flatMap((list) => list.addressees) ?? [];
	if (action.length > 0) {
		const names = action.slice(0, 3).map((addressee) => addressee.address?.text ?? addressee.indicator?.text ?? '?');
		const more = action.length > names.length ? md` and ${action.length - names.length} more` : undefined;
		text.line(md`To: ${join(names, '; ')}${more}${info.length > 0 ? md` · info: ${plural(info.length, 'addressee')}` : undefined}`);
	}

	const date = header?.dtg && dtgDate(header.dtg.dtg);
	const created = facts.created;
	if (date) text.line(md`When: ${formatDateTime(date)}${created ? md` (${compareWithCreated(date, created.time)})` : undefined}`);
	else if (created) text.line(md`When: ${created.field.text.trim()} (publisher's Created time)`);

	const classification = statedClassification(facts);
	if (classification) text.line(md`Classification: ${classification}`);

	const letters = header?.dtg?.precedence.map((field) => field.text.toUpperCase()) ?? [];
	const precedence = decodeDtgPrecedence(letters);
	if (precedence.action)
		text.line(
			md`Precedence: ${precedence.action.word}${precedence.dual && precedence.info ? md` (info addressees: ${precedence.info.word})` : undefined}`,
		);

	text.line(md`Sections: ${facts.sections ?? 1}`);

	const caption = model.bannerBlocks.find((block) => block.caption)?.caption;
	if (caption?.subject) text.line(md`Subject: ${caption.subject.text}`);
	if (caption?.tags && caption.tags.tags.length > 0) {
		text.section();
		text.line(md`**Tags**`);
		tagListLines(text, caption.tags.tags, context);
	}
	return text;
}

// ------------------------------------------------------------------------------ invisible characters

/** Words that hold characters a reader does not see: named, and not decoded. */
export function invisibleCharactersHover(words: readonly HiddenWord[]): HoverText {
	const text = new HoverText();
	for (const word of words) {
		const characters = join(
			word.characters.map((character) => `${character.codePoint} ${character.name} at position ${character.position}`),
		);
		const count = plural(word.characters.length, 'invisible character');
		text.line(word.shown === '' ? md`**${count}**: ${characters}` : md`${code(word.shown)} holds **${count}**: ${characters}`);
	}
	text.line(
		md`A code is decoded only from the characters a reader sees: with invisible ones in it, it is not the code it looks like, so it is not decoded.`,
	);
	return text;
}
