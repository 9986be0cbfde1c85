/**
 * The caption block: E.O. line, TAGS, SUBJECT, REF and Classified By, each possibly wrapped
 * onto following lines or run together on one line.
 */
import { readPortionMark } from './classification';
import { fullYear } from './headerLines';
import { fieldAt, firstCharacters, groupField, head, isBlank, isWhitespace, mayStartWith, range } from './lines';
import type { ClassifiedBy, EoLine, Field, RefBlock, RefItem, SubjectLine, Tag, TagsLine } from './types';

export type CaptionKind = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy';

const STARTS: Readonly<Record<CaptionKind, RegExp>> = {
	eo: /^\s*(E\.\s?O\.|EO(?=\s+\d{5}))/d,
	tags: /^\s*(TAGS?|Tags?|tags)(?:\s*:|\s+(?=[A-Z]{2,}\b))/d,
	subject: /^\s*(SUBJECT|SUBJ|Subject)\s*:/d,
	ref: /^\s*(REFTELS?|REFS?\.?|Refs?\.?)(?:\s*:|\.{2,}|\s+(?=[A-Z(]\S*\s*[:.)]))/d,
	classifiedBy: /^\s*(?:\(U\)\s*)?(CLASSIFIED\s*BY|Classified\s*[Bb]y)\b:?/d,
};

/** Where a caption keyword stands later on the same line (fields run together in reflowed text). */
const INLINE_KEYWORD = /\s(TAGS?:|Tags:|SUBJECT:|SUBJ:|REFS?:|REFTELS?:|Classified [Bb]y\b|CLASSIFIED BY\b)/g;

const CAPTION_ANYWHERE = /(?:^|\s)(E\.\s?O\.|EO\s+\d{5}|TAGS?:|SUBJECT:|SUBJ:|REFS?:|REFTELS?:|Classified By|CLASSIFIED BY)/g;

/** Where the first caption field starts at or after `from` (reflowed text runs them on). */
export function findCaptionKeyword(text: string, from: number): number | undefined {
	CAPTION_ANYWHERE.lastIndex = from;
	const match = CAPTION_ANYWHERE.exec(head(text, 3000));
	return match ? match.index + match[0].length - match[1]!.length : undefined;
}

/** First characters of the caption keywords above. */
const CAPTION_FIRST = firstCharacters('ESTtRC(');

/** Each keyword starts with its own characters, so the first one after the indentation picks the only pattern to try. */
const KIND_BY_FIRST: Readonly<Record<string, CaptionKind>> = { E: 'eo', T: 'tags', t: 'tags', S: 'subject', R: 'ref', C: 'classifiedBy', '(': 'classifiedBy' };

export function captionKind(text: string): CaptionKind | undefined {
	if (!mayStartWith(text, CAPTION_FIRST)) return undefined;
	const bounded = head(text, 120);
	let first = 0;
	while (first < bounded.length && isWhitespace(bounded.charCodeAt(first))) first++;
	const kind = KIND_BY_FIRST[bounded.charAt(first)];
	return kind && STARTS[kind].test(bounded) ? kind : undefined;
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

const REPEATED_CLASSIFIED_BY = /^\s*classified\s*by\b:?/i;

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
	const match = STARTS[kind].exec(head(text.slice(column), 120));
	if (!match) return undefined;
	const keyword = groupField(line, match, 1, column)!;
	// `Classified By: Classified by: ...`: the keyword written twice is read once.
	const repeated = kind === 'classifiedBy' ? REPEATED_CLASSIFIED_BY.exec(text.slice(column + match[0].length, column + match[0].length + 30)) : null;
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

/**
 * Following lines that continue an element: not blank, not a boundary, not another
 * caption field, not a rule (a heading's rule can follow the caption directly).
 */
function continuation(context: CaptionContext, after: number, max: number, accept: (text: string) => boolean): number {
	let last = after;
	for (let i = after + 1; i < context.lines.length && i <= after + max; i++) {
		const text = context.lines[i]!;
		if (isBlank(text) || context.isBoundary(i) || captionKind(text) || RULE_LINE.test(text) || !accept(text)) break;
		last = i;
	}
	return last;
}

// ---------------------------------------------------------------- E.O.

// `s`: the rest of the line may hold U+2028 or U+2029, which `.` would not cross (the match must never fail).
const EO_BODY = /^\s*(\d{4,5})?\s*[:;,.]?\s*(?:(DECL(?:ASSIFY)?(?:\s+ON)?|DNG|N\/A|GDS|OADR|AS AMENDED|Declassify on)\b\s*[:.]?\s*)?(.*?)\s*$/dis;

function readEo(line: number, text: string, keyword: Field, bodyStart: number): EoLine {
	const match = EO_BODY.exec(text.slice(bodyStart))!;
	const decl = groupField(line, match, 3, bodyStart);
	const declText = decl?.text.replace(/^(DECL:?\s*)+/i, '');
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

/** `01/25/2017`, `8/31/2016`, `12/07/10`, `12-29-13`, `2019/12/17`. */
export function readDate(text: string): { year: number; month: number; day: number } | undefined {
	const iso = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b/.exec(text);
	if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
	const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})\b/.exec(text);
	if (us) return { year: fullYear(us[3]!), month: Number(us[1]), day: Number(us[2]) };
	return undefined;
}

// ---------------------------------------------------------------- TAGS

const TAG_TOKEN = /\(([^()]{1,80})\)|[A-Za-z0-9][A-Za-z0-9-]*/g;
const TAG_LINE = /^\s*(?:[A-Z][A-Z0-9-]{1,9}|\([^()]{1,80}\))(?:[\s,;]+(?:[A-Z][A-Z0-9-]{1,9}|\([^()]{1,80}\)))*[\s,;]*$/;

/** Appends the tags written on `line` from `from` on; a parenthesised name joins the tag before it. */
export function readTagList(line: number, text: string, from: number, tags: Tag[]): Tag[] {
	const bounded = head(text, 2000);
	TAG_TOKEN.lastIndex = from;
	for (let match = TAG_TOKEN.exec(bounded); match; match = TAG_TOKEN.exec(bounded)) {
		const person = match[1] !== undefined ? fieldAt(line, match.index, match[0]) : undefined;
		const previous = tags[tags.length - 1];
		if (person && previous && previous.person === undefined) {
			// `OVIP (RICE, CONDOLEEZZA)`: the name belongs to the tag before it.
			tags[tags.length - 1] = { ...previous, person };
		} else if (!person) {
			const tag = fieldAt(line, match.index, match[0]);
			tags.push({ text: tag.text, range: tag.range, code: match[0].toUpperCase(), person: undefined });
		}
	}
	return tags;
}

function readTags({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<TagsLine> {
	const last = nextColumn === undefined ? continuation(context, line, 3, (text) => TAG_LINE.test(head(text, 200))) : line;
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

function readSubject({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<SubjectLine> {
	const last = nextColumn === undefined ? continuation(context, line, 6, (text) => text.length < 200) : line;
	const first = runOnField(segment.slice(bodyStart));
	const lead = first.length - first.trimStart().length;
	const parts: Field[] = [];
	if (first.trim()) parts.push(fieldAt(line, bodyStart + lead, first.trim()));
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
			text: parts.map((part) => part.text).join(' '),
			lines: parts,
			portion,
		},
		lastLine: last,
		nextColumn,
	};
}

/**
 * In reflowed text a SUBJECT or REF field runs straight into the body: it ends at the first
 * wide gap (where a line break was) or, failing that, after a plausible field's length.
 */
function runOnField(text: string): string {
	if (text.length <= 300) return text;
	const gap = /\S\s{2,}/.exec(text.slice(0, 300));
	return gap ? text.slice(0, gap.index + 1) : text.slice(0, 200);
}

// ---------------------------------------------------------------- REF

const REF_LABEL = /(?:^|(?<=[\s;,]))¶?\(?([A-Z])[.)](?=\s|[A-Z])/g;
// A serial, not a date (`EMAIL 10/30/09`, `DAILY 08.11.2008`).
const CABLE_REF = /(?:\b(\d{2})\s+)?\b([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})\s+-?(\d{1,7})\b(?![./]\d)/d;

function readRefs({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<RefBlock> {
	const last = nextColumn === undefined ? refContinuation(context, line) : line;
	const own = nextColumn === undefined ? segment.slice(0, bodyStart) + runOnField(segment.slice(bodyStart)) : segment;
	const items: RefItem[] = [];
	let end = own.trimEnd().length;
	for (let i = line; i <= last; i++) {
		const text = head(i === line ? own : context.lines[i]!, 2000);
		const from = i === line ? bodyStart : 0;
		items.push(...refItems(i, text, from));
		end = text.trimEnd().length;
	}
	return {
		value: { range: range(line, keyword.range.start.character, last, Math.max(end, 0)), keyword, items },
		lastLine: last,
		nextColumn,
	};
}

const LABELLED_ITEM = /^\s*¶?\(?[A-Z][.)]\s/;

/** REF lists continue on following lines, and lettered items may stand after a blank line. */
function refContinuation(context: CaptionContext, line: number): number {
	let last = line;
	for (;;) {
		const next = continuation(context, last, 30, (text) => text.length < 300);
		let after = next + 1;
		while (after < context.lines.length && after - next <= 2 && isBlank(context.lines[after]!)) after++;
		const item = context.lines[after];
		if (after === next + 1 || item === undefined || !LABELLED_ITEM.test(head(item, 40)) || captionKind(item) || context.isBoundary(after)) return next;
		last = after;
	}
}

function refItems(line: number, text: string, from: number): RefItem[] {
	const labels: Array<{ index: number; text: string }> = [];
	REF_LABEL.lastIndex = from;
	for (let match = REF_LABEL.exec(text); match; match = REF_LABEL.exec(text)) labels.push({ index: match.index, text: match[0] });
	const starts = labels.length ? labels.map((label) => label.index) : [from];
	const items: RefItem[] = [];
	starts.forEach((start, n) => {
		const stop = n + 1 < starts.length ? starts[n + 1]! : text.length;
		const label = labels[n];
		const bodyStart = label ? start + label.text.length : start;
		const raw = text.slice(bodyStart, stop);
		const body = raw.trim().replace(/[;,]$/, '').trim();
		if (!body && !label) return;
		const bodyColumn = bodyStart + (raw.length - raw.trimStart().length);
		const cable = CABLE_REF.exec(body);
		const end = body ? bodyColumn + body.length : start + label!.text.length;
		items.push({
			range: range(line, label ? start : bodyColumn, line, end),
			label: label ? fieldAt(line, start, label.text) : undefined,
			text: body,
			cable: cable
				? {
						post: groupField(line, cable, 2, bodyColumn)!,
						serial: groupField(line, cable, 3, bodyColumn)!,
						year: groupField(line, cable, 1, bodyColumn),
					}
				: undefined,
		});
	});
	return items;
}

// ---------------------------------------------------------------- Classified By

const REASONS = /\b(1\.\s?[45])\s*(?=[(\s,]*[a-hA-H]\b)/d;
// The sentence ends, a paragraph number or dash run starts, or a portion mark opens the body.
const REASONS_STOP = /\.(?=\s|$)|¶|;|\s\d{1,3}\.|--|\((?:U|C|S|SBU|TS)\)\s+[A-Z][a-z]/;

/** The reason letters end with their sentence, and never run far (`(b), (c) & (d)` is the longest form). */
function reasonsEnd(text: string, from: number): number {
	const tail = text.slice(from, from + 40);
	const stop = REASONS_STOP.exec(tail);
	return from + (stop ? stop.index : tail.length);
}
const REASON_LETTER = /(?<![A-Za-z])[a-hA-H](?![A-Za-z])/g;

function readClassifiedBy({ context, line, segment, keyword, bodyStart, nextColumn }: ElementStart): CaptionElement<ClassifiedBy> {
	// A Classified By line that ends its sentence is complete; otherwise its reasons may wrap
	// (a closing `1.` or initial `F.` ends no sentence).
	const complete = /(?<!\d|\b[A-Z])\.\s*$/.test(segment);
	const last = nextColumn === undefined && !complete ? continuation(context, line, 2, (text) => text.length < 200) : line;
	// Reasons wrap anywhere (`reasons 1.4` / `(b) and (d)`, even `1.` / `4 (b)`): read them over the joined lines.
	const joined = new JoinedLines();
	const first = head(segment, 1000);
	joined.add(line, bodyStart, first.slice(bodyStart));
	for (let i = line + 1; i <= last; i++) joined.add(i, 0, head(context.lines[i]!, 1000));
	const text = joined.text;
	const found = REASONS.exec(text);
	const section = found ? joined.field(found.indices![1]![0], found[1]!) : undefined;

	const ownLine = first.slice(bodyStart);
	const who = ownLine.slice(0, found ? Math.min(found.index, ownLine.length) : ownLine.length).replace(/[,;]?\s*(for\s+)?(reasons?|E\.O\.\s*12958)?\s*:?\s*$/i, '');
	const lead = who.length - who.trimStart().length;
	const authority = who.trim() ? fieldAt(line, bodyStart + lead, who.trim()) : undefined;

	const reasons: Field[] = [];
	let end = { line: last, character: (last === line ? first : head(context.lines[last]!, 1000)).trimEnd().length };
	if (found) {
		const scanFrom = found.indices![1]![1];
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
