/**
 * The caption block: E.O. line, TAGS, SUBJECT, REF and Classified By, each possibly wrapped
 * onto following lines or run together on one line.
 */
import { readPortionMark } from './classificationWords';
import { writtenYear } from './calendar';
import { fieldAt, groupField, head, isBlank, openingOf, range, trimmedEnd } from './lines';
import type { ClassifiedBy, EoLine, Field, RefBlock, RefItem, SubjectLine, Tag, TagsLine } from './types';

export type CaptionKind = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy';

/** Group 1 is what stands before the keyword, group 2 the keyword: its place needs no `d` flag. */
const STARTS: Readonly<Record<CaptionKind, RegExp>> = {
	eo: /^(\s*)(E\.\s?O\.|EO(?=\s+\d{5}))/,
	// `TAS:`, `TGS:`, `TAGS;`: misspelt keywords still open the list, with their colon.
	tags: /^(\s*)(TAGS?|Tags?|tags|TAS(?=\s*[:;])|TGS(?=\s*[:;]))(?:\s*[:;]|\s+(?=[A-Z]{2,}\b))/,
	subject: /^(\s*)(SUBJECT|SUBJ|Subject)\s*:/,
	// `REF. STATE 184178`: after a full stop a post and a serial need no colon.
	ref: /^(\s*)(REFTELS?|REFS?\.?|Refs?\.?)(?:\s*:|\.{2,}|\s+(?=[A-Z(]\S*\s*[:.)])|(?<=\.)\s+(?=[A-Z]{2,}(?: [A-Z]{2,}){0,2} \d))/,
	// A portion mark may stand before the keyword: `(C) CLASSIFIED BY ...`.
	classifiedBy: /^(\s*(?:\((?:U|C|S|SBU|LOU|TS)\)\s*)?)(CLASSIFIED\s*BY|Classified\s*[Bb]y)\b:?/,
};

/** Where a caption keyword stands later on the same line (fields run together in reflowed text). */
const INLINE_KEYWORD = /\s(TAGS?[:;]|Tags:|SUBJECT:|SUBJ:|REFS?:|REFTELS?:|Classified [Bb]y\b|CLASSIFIED BY\b)/g;

const CAPTION_ANYWHERE = /(?:^|\s)(E\.\s?O\.|EO\s+\d{5}|TAGS?[:;]|SUBJECT:|SUBJ:|REFS?:|REFTELS?:|Classified By|CLASSIFIED BY)/g;

/** Where the first caption field starts at or after `from` (reflowed text runs them on). */
export function findCaptionKeyword(text: string, from: number): number | undefined {
	CAPTION_ANYWHERE.lastIndex = from;
	const match = CAPTION_ANYWHERE.exec(head(text, 3000));
	return match ? match.index + match[0].length - match[1]!.length : undefined;
}

/**
 * Each keyword starts with its own two characters, so the first two after the indentation pick
 * the only pattern to try, and running text (`The`, `Since`, `Co...`) tries none.
 */
const OPENINGS: Readonly<Record<string, CaptionKind>> = {
	'E.': 'eo',
	EO: 'eo',
	TA: 'tags',
	Ta: 'tags',
	ta: 'tags',
	TG: 'tags',
	SU: 'subject',
	Su: 'subject',
	RE: 'ref',
	Re: 'ref',
	CL: 'classifiedBy',
	Cl: 'classifiedBy',
	'(U': 'classifiedBy',
	'(C': 'classifiedBy',
	'(S': 'classifiedBy',
	'(L': 'classifiedBy',
	'(T': 'classifiedBy',
};

/** The kinds by `openingOf` code: an array read costs less than a keyed one. */
const KIND_BY_OPENING: ReadonlyArray<CaptionKind | undefined> = (() => {
	const byOpening = new Array<CaptionKind | undefined>(128 * 128).fill(undefined);
	for (const [opening, kind] of Object.entries(OPENINGS)) byOpening[opening.charCodeAt(0) * 128 + opening.charCodeAt(1)] = kind;
	return byOpening;
})();

/** The patterns see at most this much of a line (a caption keyword stands near its start). */
const KEYWORD_REACH = 120;

export function captionKind(text: string): CaptionKind | undefined {
	const kind = KIND_BY_OPENING[openingOf(text, KEYWORD_REACH)];
	return kind && STARTS[kind].test(head(text, KEYWORD_REACH)) ? kind : undefined;
}

export interface CaptionElement<T> {
	readonly value: T;
	/** The last line the element takes. */
	readonly lastLine: number;
	/** Where on `lastLine` the next element starts, when fields run together on one line. */
	readonly nextColumn: number | undefined;
}

/** Context the continuation rules need: what else could start on a following line. */
export interface CaptionContext {
	readonly lines: readonly string[];
	/** True for lines that end any caption element: banners, paragraphs, page markers, headers. */
	readonly isBoundary: (line: number) => boolean;
}

/** A keyword written twice (`Classified By: Classified by: ...`, `SUBJECT: SUBJECT: ...`) is read once. */
const REPEATED: Partial<Record<CaptionKind, RegExp>> = {
	classifiedBy: /^\s*classified\s*by\b:?/i,
	subject: /^\s*subject\s*:/i,
};

/** Where an element starts: its line, the part of the line it may take, its keyword. */
interface ElementStart {
	readonly context: CaptionContext;
	readonly line: number;
	/** The line up to the next caption keyword, when fields run together. */
	readonly segment: string;
	readonly keyword: Field;
	/** The column after the keyword. */
	readonly bodyStart: number;
	readonly nextColumn: number | undefined;
}

export function readCaptionElement(
	context: CaptionContext,
	kind: CaptionKind,
	line: number,
	column: number,
): CaptionElement<EoLine | TagsLine | SubjectLine | RefBlock | ClassifiedBy> | undefined {
	const text = context.lines[line]!;
	const match = STARTS[kind].exec(text.slice(column, column + KEYWORD_REACH));
	if (!match) return undefined;
	const keyword = fieldAt(line, column + match[1]!.length, match[2]!);
	const repeated = REPEATED[kind]?.exec(text.slice(column + match[0].length, column + match[0].length + 30));
	const bodyStart = column + match[0].length + (repeated ? repeated[0].length : 0);
	// The element runs to the next caption keyword on the line, if the text runs fields together.
	const nextColumn = nextInlineKeyword(text, bodyStart - 1);
	const segment = text.slice(0, nextColumn ?? text.length);
	const start: ElementStart = { context, line, segment, keyword, bodyStart, nextColumn };
	switch (kind) {
		case 'eo':
			return { value: readEo(line, segment, keyword, bodyStart), lastLine: line, nextColumn };
		case 'tags':
			return readTags(start);
		case 'subject':
			return readSubject(start);
		case 'ref':
			return readRefs(start);
		case 'classifiedBy':
			return readClassifiedBy(start);
	}
}

function nextInlineKeyword(text: string, from: number): number | undefined {
	INLINE_KEYWORD.lastIndex = from;
	const match = INLINE_KEYWORD.exec(head(text, 3000));
	return match ? match.index + 1 : undefined;
}

const RULE_LINE = /^\s*[-=*_]{4,}/;
const endsWithStop = (text: string): boolean => '.,;:'.includes(text.charAt(trimmedEnd(text) - 1) || ' ');
/** A page's foot between a REF list's lines: `CONFIDENTIAL` alone. */
const BARE_CLASSIFICATION = /^\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s*$/;

/**
 * Following lines that continue an element: not blank, not a boundary, not another
 * caption field, not a rule (a heading's rule can follow the caption directly).
 */
function continuation(context: CaptionContext, after: number, max: number, accept: (text: string) => boolean): number {
	let last = after;
	for (let i = after + 1; i < context.lines.length && i <= after + max; i++) {
		const text = context.lines[i]!;
		if (isBlank(text) || context.isBoundary(i) || captionKind(text) || RULE_LINE.test(text) || !accept(text)) break;
		// A line over a rule is a heading's title (`Summary` / `-------`), not more of the element;
		// a title ends without a full stop, a reasons line (`(B) AND (D).`) with one.
		const next = context.lines[i + 1];
		if (next !== undefined && RULE_LINE.test(next) && !endsWithStop(text)) break;
		last = i;
	}
	return last;
}

// ---------------------------------------------------------------- E.O.

/**
 * The order, the action and what follows the action, up to where the declassification text
 * starts. The text itself is the rest of the line without its trailing whitespace, found by a
 * loop: a lazy `(.*?)\s*$` would try every whitespace run inside the text to the end of the line.
 */
const EO_LEAD =
	/^\s*(?:(\d{4,5})\s*)?(?:[:;,.]\s*)?(?:(DECL(?:ASSIFY)?(?:\s+ON)?|DNG|N\/A|GDS|OADR|AS AMENDED|Declassify on)\b\s*(?:[:.]\s*)?)?/di;

const DECL_PREFIX = /^(DECL:?\s*)+/i;

function readEo(line: number, text: string, keyword: Field, bodyStart: number): EoLine {
	// The lead is anchored and each of its runs belongs to one quantifier, so it reads the line
	// once whatever its length: the declassification text keeps all of a long line (the hover
	// says how much of it is left out). Everything in the pattern is optional: it always matches.
	const body = text.slice(bodyStart);
	const match = EO_LEAD.exec(body)!;
	const declStart = match[0].length;
	const decl = fieldAt(line, bodyStart + declStart, body.slice(declStart, Math.max(declStart, trimmedEnd(body))));
	const declText = decl?.text.replace(DECL_PREFIX, '');
	const declDate = declText ? readDate(declText) : undefined;
	return {
		range: range(line, keyword.range.start.character, line, text.trimEnd().length),
		keyword,
		order: groupField(line, match, 1, bodyStart),
		action: groupField(line, match, 2, bodyStart),
		decl: decl && decl.text ? decl : undefined,
		declKind: declDate ? 'date' : decl && decl.text ? 'words' : 'none',
		declDate,
	};
}

const ISO_DATE = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b/;
const US_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b/;

/** `01/25/2017`, `8/31/2016`, `12/07/10`, `12-29-13`, `2019/12/17`. */
export function readDate(text: string): { year: number; month: number; day: number } | undefined {
	const iso = ISO_DATE.exec(text);
	if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
	const us = US_DATE.exec(text);
	if (us) return { year: writtenYear(us[3]!), month: Number(us[1]), day: Number(us[2]) };
	return undefined;
}

// ---------------------------------------------------------------- TAGS

const TAG_TOKEN = /\(([^()]{1,80})\)|[A-Za-z0-9][A-Za-z0-9-]*/g;
const TAG_LINE = /^\s*(?:[A-Z][A-Z0-9-]{1,9}|\([^()]{1,80}\))(?:[\s,;]+(?:[A-Z][A-Z0-9-]{1,9}|\([^()]{1,80}\)))*[\s,;]*$/;

/** Words that end a tag list run on into what follows it: a page header's classification or `PAGE`, the body's first words. */
const TAG_LIST_END: ReadonlySet<string> = new Set(['UNCLASSIFIED', 'UNCLAS', 'CONFIDENTIAL', 'SECRET', 'PAGE', 'SUBJECT', 'SUBJ']);
/** Caveats and handling words written among the tags: never tags. */
const NOT_TAGS: ReadonlySet<string> = new Set(['SIPDIS', 'NOFORN', 'EXDIS', 'NODIS', 'LIMDIS', 'STADIS', 'ORCON', 'PROPIN']);
const LETTERS = /^[A-Za-z]+$/;
const VOWELS = /[AEIOUY]/gi;

/**
 * A word of running text rather than a code: `HUMAN`, `RIGHTS`, `COUNTRY`. Codes are short
 * (`PREL`, `JA`, `NATO`) or, at five letters, have at most one vowel (`PARMS`, `UNHRC`).
 */
function isWord(text: string): boolean {
	if (text.length < 5 || !LETTERS.test(text)) return false;
	return text.length >= 6 || (text.match(VOWELS)?.length ?? 0) >= 2;
}

/** Subject codes are four letters starting with their category letter; a name (`RICE`) is not one. */
const SUBJECT_CATEGORY = /^[ABCEKMOPST][A-Z]{3}$/;
const isName = (text: string): boolean =>
	LETTERS.test(text) && text.length >= 3 && (isWord(text) || (text.length === 4 && !SUBJECT_CATEGORY.test(text.toUpperCase())));

interface TagToken {
	readonly start: number;
	readonly text: string;
	readonly parenthesized: boolean;
	/** Only spaces stand between this token and the one before it. */
	readonly spaced: boolean;
}

/**
 * Appends the tags written on `line` from `from` on. A parenthesised name, or a name written
 * after a person tag (`OVIP BIDEN JOSEPH`), joins the tag before it; words of running text
 * side by side (`HUMAN RIGHTS`) are one tag.
 */
export function readTagList(line: number, text: string, from: number, tags: Tag[]): Tag[] {
	const tokens = tagTokens(text, from);
	for (let n = 0; n < tokens.length; n++) {
		const token = tokens[n]!;
		const previous = tags[tags.length - 1];
		if (token.parenthesized) {
			// `OVIP (RICE, CONDOLEEZZA)`: the name belongs to the tag before it.
			if (previous && previous.person === undefined) {
				tags[tags.length - 1] = {
					text: previous.text,
					range: previous.range,
					code: previous.code,
					person: fieldAt(line, token.start, token.text),
				};
			}
			continue;
		}
		const next = tokens[n + 1];
		if (
			previous?.code === 'OVIP' &&
			previous.person === undefined &&
			isName(token.text) &&
			next &&
			next.spaced &&
			!next.parenthesized &&
			isName(next.text)
		) {
			// `OVIP BIDEN JOSEPH`: surname and given name, one person.
			const person = fieldAt(line, token.start, text.slice(token.start, next.start + next.text.length));
			tags[tags.length - 1] = { text: previous.text, range: previous.range, code: previous.code, person };
			n++;
			continue;
		}
		let last = n;
		if (isWord(token.text)) while (tokens[last + 1]?.spaced && !tokens[last + 1]!.parenthesized && isWord(tokens[last + 1]!.text)) last++;
		const end = tokens[last]!.start + tokens[last]!.text.length;
		const written = text.slice(token.start, end);
		tags.push({ text: written, range: range(line, token.start, line, end), code: written.toUpperCase(), person: undefined });
		n = last;
	}
	return tags;
}

/** The tokens of a tag list, up to a word that ends it, without caveats. */
function tagTokens(text: string, from: number): TagToken[] {
	const bounded = head(text, 2000);
	const tokens: TagToken[] = [];
	let previousEnd = -1;
	TAG_TOKEN.lastIndex = from;
	for (let match = TAG_TOKEN.exec(bounded); match; match = TAG_TOKEN.exec(bounded)) {
		const token = match[0];
		const parenthesized = match[1] !== undefined;
		if (!parenthesized && TAG_LIST_END.has(token)) break;
		const spaced = previousEnd >= 0 && onlySpaces(bounded, previousEnd, match.index);
		previousEnd = match.index + token.length;
		if (!parenthesized && NOT_TAGS.has(token.toUpperCase())) continue;
		tokens.push({ start: match.index, text: token, parenthesized, spaced });
	}
	return tokens;
}

function onlySpaces(text: string, from: number, to: number): boolean {
	for (let at = from; at < to; at++) if (text.charCodeAt(at) !== SPACE_CODE) return false;
	return to > from;
}
const SPACE_CODE = 0x20;

const isTagLine = (text: string) => TAG_LINE.test(head(text, 200));

function readTags({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<TagsLine> {
	const last = nextColumn === undefined ? continuation(context, line, 3, isTagLine) : line;
	const tags: Tag[] = [];
	let end = segment.trimEnd().length;
	for (let i = line; i <= last; i++) {
		const text = i === line ? segment : context.lines[i]!;
		readTagList(i, text, i === line ? bodyStart : 0, tags);
		end = i === line ? end : text.trimEnd().length;
	}
	return {
		value: { range: range(line, keyword.range.start.character, last, end), keyword, tags },
		lastLine: last,
		nextColumn,
	};
}

// ---------------------------------------------------------------- SUBJECT

/** Lines a SUBJECT or Classified By may wrap onto (module-level: no closure made per element). */
const isShortLine = (text: string) => text.length < 200;

function readSubject({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<SubjectLine> {
	const last = nextColumn === undefined ? continuation(context, line, 6, isShortLine) : line;
	const first = runOnField(segment.slice(bodyStart));
	const lead = first.length - first.trimStart().length;
	const firstText = first.trim();
	const parts: Field[] = [];
	if (firstText) parts.push(fieldAt(line, bodyStart + lead, firstText));
	for (let i = line + 1; i <= last; i++) {
		const text = context.lines[i]!;
		parts.push(fieldAt(i, text.length - text.trimStart().length, text.trim()));
	}
	const portion = readPortionMark(line, segment, bodyStart + lead);
	const lastPart = parts[parts.length - 1];
	return {
		value: {
			range: range(line, keyword.range.start.character, last, lastPart ? lastPart.range.end.character : keyword.range.end.character),
			keyword,
			text: joinedText(parts),
			lines: parts,
			portion,
		},
		lastLine: last,
		nextColumn,
	};
}

/** The parts' texts joined by one space; most subjects take one line, which needs no array. */
function joinedText(parts: readonly Field[]): string {
	let text = parts.length ? parts[0]!.text : '';
	for (let i = 1; i < parts.length; i++) text += ' ' + parts[i]!.text;
	return text;
}

const WIDE_GAP = /\S\s{2,}/;

/**
 * In reflowed text a SUBJECT or REF field runs straight into the body: it ends at the first
 * wide gap (where a line break was) or, failing that, after a plausible field's length.
 */
function runOnField(text: string): string {
	if (text.length <= 300) return text;
	const gap = WIDE_GAP.exec(text.slice(0, 300));
	return gap ? text.slice(0, gap.index + 1) : text.slice(0, 200);
}

// ---------------------------------------------------------------- REF

const REF_LABEL = /(?:^|(?<=[\s;,]))¶?\(?([A-Z])[.)](?=\s|[A-Z])/g;
// A serial, not a date (`EMAIL 10/30/09`, `DAILY 08.11.2008`).
const CABLE_REF = /(?:\b(\d{2})\s+)?\b([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})\s+-?(\d{1,7})\b(?![./]\d)/;

function readRefs({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<RefBlock> {
	// A reflowed line (the body run on after the references) continues onto nothing.
	const last = nextColumn === undefined && segment.length <= 300 ? refContinuation(context, line) : line;
	const own = nextColumn === undefined ? segment.slice(0, bodyStart) + runOnField(segment.slice(bodyStart)) : segment;
	const items: RefItem[] = [];
	let end = own.trimEnd().length;
	for (let i = line; i <= last; i++) {
		const text = head(i === line ? own : context.lines[i]!, 2000);
		const from = i === line ? bodyStart : 0;
		readRefItems(i, text, from, items);
		end = text.trimEnd().length;
	}
	return {
		value: { range: range(line, keyword.range.start.character, last, Math.max(end, 0)), keyword, items },
		lastLine: last,
		nextColumn,
	};
}

const LABELLED_ITEM = /^\s*¶?\(?[A-Z][.)]\s/;
/** `(U) DCM and POL Intern delivered ...`: a paragraph's portion mark, not an item's letter (an item names a cable, with digits). */
const PORTION_MARKED = /^\s*\((?:U|C|S)\)\s+[A-Z][A-Za-z]/;
const isPortionMarked = (text: string): boolean => PORTION_MARKED.test(head(text, 40)) && !/\d/.test(text.slice(0, 40));

/** Lines a REF list may continue onto. */
const isRefLine = (text: string) => text.length < 300 && !BARE_CLASSIFICATION.test(text);

/** REF lists continue on following lines, and lettered items may stand after a blank line. */
function refContinuation(context: CaptionContext, line: number): number {
	let last = line;
	for (;;) {
		const next = continuation(context, last, 30, isRefLine);
		let after = next + 1;
		while (after < context.lines.length && after - next <= 2 && isBlank(context.lines[after]!)) after++;
		const item = context.lines[after];
		if (
			after === next + 1 ||
			item === undefined ||
			!LABELLED_ITEM.test(head(item, 40)) ||
			isPortionMarked(item) ||
			captionKind(item) ||
			context.isBoundary(after)
		)
			return next;
		last = after;
	}
}

/** Appends the items written on `line` from `from` on: one per letter label, or one for the text if it has none. */
function readRefItems(line: number, text: string, from: number, items: RefItem[]): void {
	REF_LABEL.lastIndex = from;
	let label = REF_LABEL.exec(text);
	if (!label) {
		pushRefItem(items, line, text, from, text.length, undefined);
		return;
	}
	while (label) {
		// The next label ends this one's item.
		const next = REF_LABEL.exec(text);
		pushRefItem(items, line, text, label.index, next ? next.index : text.length, label[0]);
		label = next;
	}
}

/** An item's text without the `;` or `,` that ends it. */
function withoutSeparator(text: string): string {
	const last = text.charCodeAt(text.length - 1);
	return last === SEMICOLON || last === COMMA ? text.slice(0, -1).trim() : text;
}
const SEMICOLON = 0x3b;
const COMMA = 0x2c;

/** The item from `start` (its label, if any) to `stop`; an unlabelled item needs text. */
function pushRefItem(items: RefItem[], line: number, text: string, start: number, stop: number, label: string | undefined): void {
	const bodyStart = label ? start + label.length : start;
	const raw = text.slice(bodyStart, stop);
	const body = withoutSeparator(raw.trim());
	if (!body && !label) return;
	const bodyColumn = bodyStart + (raw.length - raw.trimStart().length);
	const end = body ? bodyColumn + body.length : start + label!.length;
	items.push({
		range: range(line, label ? start : bodyColumn, line, end),
		label: label ? fieldAt(line, start, label) : undefined,
		text: body,
		cable: cableRef(line, body, bodyColumn),
	});
}

/**
 * The post and serial in an item. Found without the `d` flag: the year starts the match, the
 * post starts with the match's first letter (only digits and spaces come before it), and the
 * serial ends it.
 */
function cableRef(line: number, body: string, column: number): RefItem['cable'] {
	const cable = CABLE_REF.exec(body);
	if (!cable) return undefined;
	const whole = cable[0];
	const year = cable[1];
	const post = cable[2]!;
	const serial = cable[3]!;
	const start = column + cable.index;
	return {
		post: fieldAt(line, start + whole.indexOf(post), post),
		serial: fieldAt(line, start + whole.length - serial.length, serial),
		year: year === undefined ? undefined : fieldAt(line, start, year),
	};
}

// ---------------------------------------------------------------- Classified By

/**
 * The section (group 1) starts the match: its place needs no `d` flag. Nothing is taken after
 * it (a `\s*` there backtracked against the look-ahead's whitespace over a run of spaces).
 */
const REASONS = /\b(1\.\s?[45])(?=[(\s,]*[a-hA-H]\b)/;
// The sentence ends, a paragraph number or dash run starts, or a portion mark opens the body.
const REASONS_STOP = /\.(?=\s|$)|¶|;|\s\d{1,3}\.|--|\((?:U|C|S|SBU|TS)\)\s+[A-Z][a-z]/;

/** The reason letters end with their sentence, and never run far (`(b), (c) & (d)` is the longest form). */
function reasonsEnd(text: string, from: number): number {
	const tail = text.slice(from, from + 40);
	const stop = REASONS_STOP.exec(tail);
	return from + (stop ? stop.index : tail.length);
}
const REASON_LETTER = /(?<![A-Za-z])[a-hA-H](?![A-Za-z])/g;
const SENTENCE_END = /(?<!\d|\b[A-Z])\.\s*$/;
/** `Ambassador Jane Doe, for reasons`: the authority, without the words that lead in to the reasons. */
function withoutLeadIn(text: string): string {
	return text.slice(0, leadInStart(text));
}

/**
 * Where the lead-in to the reasons starts: the longest tail of `text` of the form
 * `[,;]? for? (reasons?|E.O. 12958)? :?` (any case, whitespace around each part), read from the
 * end. As a pattern anchored at the end, its adjacent optional whitespace runs backtracked over
 * each other at every start: a run of spaces cost its length to the fourth power.
 */
function leadInStart(text: string): number {
	// The whitespace before the colon, or before the end when there is none.
	let spaceEnd = text.length;
	let at = trimmedEnd(text);
	if (text.charCodeAt(at - 1) === COLON) {
		spaceEnd = at - 1;
		at = trimmedEnd(text, spaceEnd);
	}
	const afterSpace = at < spaceEnd;
	const reason = reasonWordStart(text, at);
	if (reason === undefined) {
		// Without a reason word, `for` needs whitespace after it, before the colon or the end.
		if (afterSpace && endsWithWord(text, at, 'for')) at -= 3;
	} else {
		at = reason;
		const gap = trimmedEnd(text, at);
		if (gap < at && endsWithWord(text, gap, 'for')) at = gap - 3;
	}
	at = trimmedEnd(text, at);
	const before = text.charCodeAt(at - 1);
	return before === COMMA || before === SEMICOLON ? at - 1 : at;
}

/** Where `reasons`, `reason` or `E.O. 12958` ends at `end` starts, if one does. */
function reasonWordStart(text: string, end: number): number | undefined {
	if (endsWithWord(text, end, 'reasons')) return end - 7;
	if (endsWithWord(text, end, 'reason')) return end - 6;
	if (!endsWithWord(text, end, '12958')) return undefined;
	const order = trimmedEnd(text, end - 5);
	return endsWithWord(text, order, 'e.o.') ? order - 4 : undefined;
}

/** Whether `text` has `word` (lower case) just before `end`, in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
	return end >= word.length && text.slice(end - word.length, end).toLowerCase() === word;
}

const COLON = 0x3a;

function readClassifiedBy({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<ClassifiedBy> {
	// A Classified By line that ends its sentence is complete; otherwise its reasons may wrap
	// (a closing `1.` or initial `F.` ends no sentence).
	// Reasons written out to the line's end are complete unless the next line goes on with them (`and (d)`).
	const complete =
		SENTENCE_END.test(segment) || (endsWithReasons(head(segment, 1000)) && !MORE_REASONS.test(head(context.lines[line + 1] ?? '', 20)));
	// A reflowed line (the body run on after the reasons) continues onto nothing.
	const last = nextColumn === undefined && !complete && segment.length <= 300 ? continuation(context, line, 2, isShortLine) : line;
	// Reasons wrap anywhere (`reasons 1.4` / `(b) and (d)`, even `1.` / `4 (b)`): read them over the joined lines.
	const joined = new JoinedLines();
	const first = head(segment, 1000);
	joined.add(line, bodyStart, first.slice(bodyStart));
	for (let i = line + 1; i <= last; i++) joined.add(i, 0, head(context.lines[i]!, 1000));
	const text = joined.text;
	const found = REASONS.exec(text);
	const section = found ? joined.field(found.index, found[1]!) : undefined;

	const ownLine = first.slice(bodyStart);
	const who = withoutLeadIn(ownLine.slice(0, found ? Math.min(found.index, ownLine.length) : ownLine.length));
	const lead = who.length - who.trimStart().length;
	const authorityText = who.trim();
	const authority = authorityText ? fieldAt(line, bodyStart + lead, authorityText) : undefined;

	const reasons: Field[] = [];
	let end = { line: last, character: (last === line ? first : head(context.lines[last]!, 1000)).trimEnd().length };
	if (found) {
		const scanFrom = found.index + found[1]!.length;
		const stop = reasonsEnd(text, scanFrom);
		const letters = text.slice(0, stop);
		REASON_LETTER.lastIndex = scanFrom;
		for (let m = REASON_LETTER.exec(letters); m; m = REASON_LETTER.exec(letters)) {
			const letter = joined.field(m.index, m[0]);
			if (letter) reasons.push(letter);
		}
		// Reflowed text runs the body on after the reasons; the element ends with them.
		if (context.lines[line]!.length > 300) end = joined.position(stop);
	}
	return {
		value: { range: range(line, keyword.range.start.character, end.line, end.character), keyword, authority, section, reasons },
		lastLine: last,
		nextColumn,
	};
}

/** Whether the line's reasons are written out to its end: `Reasons 1.4 (b) and (d)`, `1.4 b, d`. */
function endsWithReasons(text: string): boolean {
	if (!REASONS.test(text)) return false;
	const end = trimmedEnd(text);
	const last = text.charCodeAt(end - 1);
	if (last === CLOSING_PARENTHESIS) return true;
	const letter = text.charAt(end - 1);
	return /^[a-hA-H]$/.test(letter) && !/[A-Za-z]/.test(text.charAt(end - 2));
}
const CLOSING_PARENTHESIS = 0x29;
const MORE_REASONS = /^\s*(?:and\b|&|,|\(?[a-hA-H]\b)/i;

/** An element's lines joined by one space, with the way back from the joined text to the document. */
class JoinedLines {
	text = '';
	private readonly parts: Array<{ readonly start: number; readonly line: number; readonly column: number; readonly length: number }> = [];

	add(line: number, column: number, text: string): void {
		if (this.parts.length) this.text += ' ';
		this.parts.push({ start: this.text.length, line, column, length: text.length });
		this.text += text;
	}

	/** The document field for joined text at `start`, when it lies within one line. */
	field(start: number, text: string): Field | undefined {
		const part = this.partAt(start);
		if (start + text.length > part.start + part.length) return undefined;
		return fieldAt(part.line, part.column + start - part.start, text);
	}

	position(offset: number): { line: number; character: number } {
		const part = this.partAt(offset);
		return { line: part.line, character: part.column + Math.min(offset - part.start, part.length) };
	}

	private partAt(offset: number) {
		let found = this.parts[0]!;
		for (const part of this.parts) if (part.start <= offset) found = part;
		return found;
	}
}
