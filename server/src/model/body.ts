/**
 * The telegram text: numbered paragraphs with their portion marks, topical headings,
 * SUMMARY / COMMENT / NOTE blocks, continuation page markers and the signature.
 */
import { captionKind, readCaptionElement } from './caption';
import { readPortionMark } from './classificationWords';
import {
	fieldAt,
	firstCharacters,
	groupField,
	head,
	isBlank,
	isWhitespace,
	lineStarts,
	linesRange,
	markLines,
	mayStartWith,
	openings,
	range,
	skipWhitespace,
	trimmedEnd,
} from './lines';
import { isBefore } from '../util/ranges';
import type { Block, BlockKind, Body, ClassifiedBy, Field, Heading, HeadingStyle, PageMarker, Paragraph } from './types';

/** `1.`, `¶1.`, `1.(C)`, `1)`, `¶ 12.`; at most three digits so years (`¶1987.`) are not paragraphs. */
const PARAGRAPH = /^(\s{0,8})(¶\s?)?(\d{1,3})(\s?[.)])(?=\s|\(|$|[A-Za-z"'])/;
const RULE = /^\s*[-=]{4,}(?: [-=]+)*\s*$/;
const INLINE_HEADING = /^\s*[-=]{3,}\s+(\S(?:.{0,78}\S)?)\s+[-=]{3,}\s*$/d;
// `001.2 OF 004`: a corrected page keeps its number with a revision suffix.
const CONTINUATION_MARKER = /(\d{8})\s{1,3}(\d{3})(?:\.\d{1,2})?\s+[Oo][Ff]\s+(\d{3})\b/dg;
// Sees at most 200 characters (head, below): a page marker is a short line, and the lazy post name is bounded by it.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- input capped at 200 characters
const PAGE_MARKER = /^\s*(PAGE)\s+(\d{2})\s+(\S.*?)\s+(\d{4,6})\s+(?:\d{2}\s+OF\s+\d{2}\s+)?(\d{6}Z)/d;
// `Summary and Comment:`, `Summary/Comment:` open a summary; `SUMMARY =====` is one under a rule.
const BLOCK_START =
	/^\s*(?:¶?\s?\d{1,3}\s?[.)]\s*(?:\([^)]{1,40}\)\.?\s*)?)?((?:BEGIN\s+)?(SUMMARY|COMMENT|NOTE)(?:\s?(?:AND|&|\/)\s?COMMENTS?)?)\s*(?:[:.=-]|$)/di;
const PARENTHESIZED_BLOCK = /\(((?:BEGIN\s+)?(COMMENT|NOTE))\s*:/dgi;
const BLOCK_END = /\bEND\s+(?:OF\s+)?(SUMMARY|COMMENT|NOTE)\b\.?/dgi;
const END_OF_MESSAGE = /^\s*(NNNN?)\s*$/d;
// After the canonical title's letters and spaces, only whitespace that is not a space: a space could go to either run.
const FOOT_LINE = /^\s*(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|BT)\s*|\d{4}[A-Z]+\d+ - [A-Z /]+(?:[^\S ]\s*)?)$/;
/** Lines after the signature that close a rendering: a lone quote or `>`, a `Classification:` foot, a distribution note, a declassification stamp. */
const CLOSING_LINE =
	/^\s*(?:["'>]\s*$|(?:"\s*)?(?:\d{4}[A-Z]+\d+ - )?Classification: |NOTE\s*:\s*NOT PASSED\b|DECLASSIFIED\b|Declassified\b|<<\s*END OF DOCUMENT)/;
// `KEEGAN/SMITH`: two signers joined by a slash.
const SIGNATURE_LINE = /^\s*([A-Z][A-Za-z.'-]*(?:[ /][A-Z][A-Za-z.'-]*){0,3})\s*$/d;
const GLUED_SIGNATURE = /[.!?")]\s+([A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)?)\s*$/d;
const NOT_A_NAME = /^(UNCLASSIFIED|CONFIDENTIAL|SECRET|SIPDIS|NOFORN|END|COMMENT|SUMMARY|NOTE|BT|NNNN?)$/;

/**
 * The pattern tests below run on every body line; the first character rules most of them out
 * (see `mayStartWith`), so each is tried only where it can match.
 */
const DIGITS = firstCharacters('0123456789');
const RULE_FIRST = firstCharacters('-=');
const PAGE_FIRST = firstCharacters('P');
/** First characters of BLOCK_START: a paragraph number, BEGIN, SUMMARY, COMMENT, NOTE (any case). */
const BLOCK_FIRST = firstCharacters('0123456789BSCNbscn');
const paragraphMarker = (text: string) => (mayStartWith(text, DIGITS) ? PARAGRAPH.exec(head(text, 40)) : null);
const isRule = (text: string) => mayStartWith(text, RULE_FIRST) && RULE.test(text);

/**
 * What one search of the whole text tells about each line (see `markLines`): whether it can
 * hold a `(COMMENT:`, a serial's eight digits (for a continuation marker) or an `End comment`.
 * Most lines hold none of them, and a search of every line for them cost more than the rest of
 * its tests.
 */
export type LineHints = Uint8Array;
const PARENTHESIZED_BLOCK_START = 1;
const EIGHT_DIGITS = 2;
const BLOCK_END_START = 4;
/** How PARENTHESIZED_BLOCK goes on after its `(`; most parentheses are portion marks, `(C)`. */
const PARENTHESIZED_OPENINGS = openings(['BE', 'CO', 'NO']);

/** The hints for `lines`, the lines of `text` as `splitLines` gives them. */
export function lineHints(text: string, lines: readonly string[]): LineHints {
	const starts = lineStarts(text, lines);
	const hints = new Uint8Array(lines.length);
	// The search is for the `(` alone, which the engine finds fastest; the two characters
	// after it are looked at here.
	const opensBlock = (index: number) => {
		const one = text.charCodeAt(index + 1);
		const two = text.charCodeAt(index + 2);
		return one < 128 && two < 128 && PARENTHESIZED_OPENINGS[one * 128 + two] === 1;
	};
	markLines(text, starts, /\(/g, hints, PARENTHESIZED_BLOCK_START, opensBlock);
	// Spelled out, not `\d{8}`: the engine then skips through the text eight characters at a time.
	markLines(text, starts, /\d\d\d\d\d\d\d\d/g, hints, EIGHT_DIGITS);
	// BLOCK_END without its captures. A match may run on into the next line (`END OF` at a
	// line's end), which marks a line too many, never one too few: the words it passes over
	// hold no `END`.
	markLines(text, starts, /\bEND\s+(?:OF\s+)?(?:SUMMARY|COMMENT|NOTE)\b/gi, hints, BLOCK_END_START);
	return hints;
}

export function startsParagraph(text: string): boolean {
	return mayStartWith(text, DIGITS) && PARAGRAPH.test(head(text, 40));
}

/** A line that is nothing but a continuation page marker. */
export function isPageMarkerLine(line: number, text: string, hints: LineHints): boolean {
	const markers = readPageMarkers(line, text, hints);
	return markers.length > 0 && markers[0]!.range.start.character === skipWhitespace(text);
}

export interface BodyContext {
	readonly lines: readonly string[];
	readonly start: number;
	/** Lines that belong to something else inside the body: repeated banners, captions, headers. */
	readonly owned: (line: number) => boolean;
	/** From `lineHints` over the whole text. */
	readonly hints: LineHints;
}

export function parseBody({ lines, start, owned, hints }: BodyContext): Body | undefined {
	const ending = readEnding(lines, start, owned);
	const contentEnd = ending.contentEnd;
	if (contentEnd < start) {
		return ending.signature || ending.endOfMessage ? emptyBody(lines, start, ending.signature, ending.endOfMessage) : undefined;
	}

	const paragraphs: Paragraph[] = [];
	const headings: Array<Omit<Heading, 'sectionRange'>> = [];
	const pageMarkers: PageMarker[] = [];
	const blocks = new BlockTracker();
	let classifiedBy: ClassifiedBy | undefined;
	const captionContext = {
		lines,
		isBoundary: (line: number) => owned(line) || startsParagraph(lines[line]!) || isPageMarkerLine(line, lines[line]!, hints),
	};
	let open: ({ marker: Field; number: number; portion: Paragraph['portion']; last: number } & PreviewState) | undefined;

	const closeParagraph = () => {
		if (!open) return;
		const end = open.last;
		paragraphs.push({
			range: range(open.marker.range.start.line, open.marker.range.start.character, end, lines[end]!.length),
			marker: open.marker,
			number: open.number,
			portion: open.portion,
			preview: open.preview,
		});
		blocks.paragraphEnded(end, lines[end]!.length);
		open = undefined;
	};

	for (let i = start; i <= contentEnd; i++) {
		const text = lines[i]!;
		if (owned(i)) {
			closeParagraph();
			continue;
		}
		if (isBlank(text)) {
			// The first sentence does not run on past a blank line.
			if (open?.preview) open.previewDone = true;
			continue;
		}
		const markers = readPageMarkers(i, text, hints);
		if (markers.length) {
			pageMarkers.push(...markers);
			if (markers[0]!.range.start.character === skipWhitespace(text) && markers[0]!.range.end.character >= trimmedEnd(text)) continue;
		}
		const heading = readHeading(lines, i, contentEnd, owned);
		if (heading) {
			closeParagraph();
			headings.push(heading.heading);
			i = heading.last;
			continue;
		}
		const paragraph = paragraphMarker(text);
		if (paragraph) {
			closeParagraph();
			// The marker starts after the indentation, the first group.
			const marker = fieldAt(i, paragraph[1]!.length, text.slice(paragraph[1]!.length, paragraph[0].length));
			const afterMarker = firstColumnAfter(text, paragraph[0].length);
			const portion = readPortionMark(i, text, afterMarker);
			const statement = portion ? firstColumnAfter(text, portion.range.end.character) : afterMarker;
			if (!classifiedBy && CLASSIFIED_BY.test(text.slice(statement, statement + 20))) {
				classifiedBy = readCaptionElement(captionContext, 'classifiedBy', i, statement)?.value as ClassifiedBy | undefined;
			}
			open = { marker, number: Number(paragraph[3]), portion, preview: '', previewDone: false, last: i };
			extendPreview(open, text, portion ? portion.range.end.character : afterMarker);
		} else if (open && !open.previewDone && !markers.length) {
			extendPreview(open, text, 0);
		} else if (!open && !classifiedBy && paragraphs.length === 0 && captionKind(text) === 'classifiedBy') {
			// A Classified By line cut off from its caption (by a page header or an unlabelled subject) before the first paragraph.
			const element = readCaptionElement(captionContext, 'classifiedBy', i, 0);
			if (element) {
				classifiedBy = element.value as ClassifiedBy;
				i = element.lastLine;
				continue;
			}
		}
		blocks.scan(i, text, hints[i]!);
		if (open) open.last = i;
	}
	closeParagraph();

	const bodyEnd = Math.max(contentEnd, lastLine(ending.signature), lastLine(ending.endOfMessage));
	const found = blocks.finish();
	const sections = withSections(lines, headings, contentEnd, hints);
	return {
		range: linesRange(lines, start, bodyEnd),
		paragraphs,
		headings: sections,
		blocks: found,
		pageMarkers,
		summary: summaryOf(lines, found, sections, paragraphs, (line) => owned(line) || isPageMarkerLine(line, lines[line]!, hints)),
		signature: ending.signature,
		classifiedBy,
		endOfMessage: ending.endOfMessage,
	};
}

function emptyBody(lines: readonly string[], start: number, signature: Field | undefined, endOfMessage: Field | undefined): Body {
	const end = Math.max(lastLine(signature), lastLine(endOfMessage), start);
	return {
		range: linesRange(lines, start, end),
		paragraphs: [],
		headings: [],
		blocks: [],
		pageMarkers: [],
		summary: undefined,
		signature,
		classifiedBy: undefined,
		endOfMessage,
	};
}

const lastLine = (field: Field | undefined): number => (field ? field.range.end.line : -1);
const CLASSIFIED_BY = /^classified\s*by\b/i;

/** The first column from `column` on that is not whitespace, looking at most 20 characters ahead. */
const firstColumnAfter = (text: string, column: number): number => skipWhitespace(text, column, Math.min(text.length, column + 20));

/** A paragraph's preview as it is gathered, line by line. */
interface PreviewState {
	preview: string;
	/** The first sentence has ended, the preview is full, or a blank line has come. */
	previewDone: boolean;
}

/** Most characters of words a preview takes, the separating spaces included. */
const PREVIEW_LENGTH = 60;
/** A first sentence shorter than this (`Begin Summary.`) does not end the preview. */
const SHORTEST_SENTENCE = 20;

/**
 * Adds the words of `text` from column `from` to a paragraph's preview for the outline: its
 * first sentence, joined across the wrapped lines and spaced singly, cut after the last whole
 * word that fits (and then marked `…`). Only the first line or two of a paragraph are read.
 */
function extendPreview(state: PreviewState, text: string, from: number): void {
	// A character loop: this runs for every paragraph, and a pattern's matches cost more.
	const start = skipWhitespace(text, from);
	const end = Math.min(text.length, start + 2 * PREVIEW_LENGTH);
	let length = state.preview.length; // of the words taken, joined by single spaces
	let last = start; // where the last word taken on this line ends
	let spacedSingly = true;
	let cut = false;
	let sentenceEnded = false;
	for (let at = start; at < end; at++) {
		const wordStart = at;
		while (at < end && !isWhitespace(text.charCodeAt(at))) at++;
		if (at === wordStart) continue;
		if (length + at - wordStart > PREVIEW_LENGTH) {
			cut = true;
			break;
		}
		if (last > start && (wordStart !== last + 1 || text.charCodeAt(last) !== SPACE)) spacedSingly = false;
		length += (length > 0 ? 1 : 0) + at - wordStart;
		last = at;
		// A lead-in as short as `Summary.` or `Comment.` names nothing: the next sentence does.
		if (length >= SHORTEST_SENTENCE && endsSentence(text, wordStart, at)) {
			sentenceEnded = true;
			break;
		}
	}
	// Usually the words already stand one space apart: then the line adds one slice, not a
	// string joined from pieces.
	const words = spacedSingly ? text.slice(start, last) : text.slice(start, last).replace(/\s+/g, ' ');
	const preview = state.preview && words ? `${state.preview} ${words}` : state.preview || words;
	state.preview = cut ? `${preview}…` : preview;
	// A line longer than the window read is not joined past.
	state.previewDone = cut || sentenceEnded || end < text.length;
}

/**
 * Whether the word `text[start, end)` ends a sentence: a full stop, question or exclamation
 * mark (perhaps inside a closing bracket or quote) after a word that is not an initial, an
 * abbreviation with inner stops (`U.S.`) or a title or month cut short (`Amb.`, `Jan.`).
 */
function endsSentence(text: string, start: number, end: number): boolean {
	let mark = end - 1;
	while (mark > start && CLOSING.has(text.charCodeAt(mark))) mark--;
	const code = text.charCodeAt(mark);
	if (code === QUESTION_MARK || code === EXCLAMATION_MARK) return true;
	if (code !== FULL_STOP || mark - start < 2) return false;
	const word = text.slice(start, mark);
	return !word.includes('.') && !ABBREVIATIONS.has(word.toUpperCase());
}

const FULL_STOP = 0x2e;
const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;
const CLOSING = new Set([0x29, 0x5d, 0x22, 0x27, 0x201d, 0x2019]);
const ABBREVIATIONS = new Set([
	'MR',
	'MRS',
	'MS',
	'DR',
	'PROF',
	'AMB',
	'GEN',
	'LTG',
	'MG',
	'BG',
	'ADM',
	'RADM',
	'VADM',
	'COL',
	'LTC',
	'LT',
	'MAJ',
	'CAPT',
	'CDR',
	'SGT',
	'GOV',
	'SEN',
	'REP',
	'PRES',
	'MIN',
	'DEPT',
	'ST',
	'MT',
	'NO',
	'NOS',
	'VOL',
	'CO',
	'CORP',
	'INC',
	'LTD',
	'VS',
	'APPROX',
	'JAN',
	'FEB',
	'MAR',
	'APR',
	'JUN',
	'JUL',
	'AUG',
	'SEP',
	'SEPT',
	'OCT',
	'NOV',
	'DEC',
]);
const SPACE = 0x20;

// ---------------------------------------------------------------- ending

interface Ending {
	/** The last line of running text, before the signature and end-of-message lines. */
	readonly contentEnd: number;
	readonly signature: Field | undefined;
	readonly endOfMessage: Field | undefined;
}

function readEnding(lines: readonly string[], start: number, owned: (line: number) => boolean): Ending {
	let i = lines.length - 1;
	let endOfMessage: Field | undefined;
	// Classification lines, feet, notes and the end-of-message mark follow the signature in any order.
	for (; i >= start; i--) {
		const text = lines[i]!;
		if (isBlank(text) || owned(i) || FOOT_LINE.test(head(text, 80)) || CLOSING_LINE.test(head(text, 80))) continue;
		const eom = endOfMessage ? null : END_OF_MESSAGE.exec(head(text, 20));
		if (!eom) break;
		endOfMessage = groupField(i, eom, 1);
	}
	if (i < start) return { contentEnd: i, signature: undefined, endOfMessage };
	const last = lines[i]!;
	const own = SIGNATURE_LINE.exec(head(last, 60));
	// A name, not a sentence: a closing full stop is only allowed after an initial.
	const sentence = /[A-Za-z]{2}\.$/.test(last.trimEnd());
	if (own && !sentence && !NOT_A_NAME.test(own[1]!) && !PARAGRAPH.test(last) && (i > start || afterRunOnCaption(lines, i, owned))) {
		const signature = groupField(i, own, 1);
		i--;
		while (i >= start && isBlank(lines[i]!)) i--;
		return { contentEnd: i, signature, endOfMessage };
	}
	const glued = last.length > 60 ? GLUED_SIGNATURE.exec(last.slice(-60)) : GLUED_SIGNATURE.exec(last);
	if (glued && !NOT_A_NAME.test(glued[1]!)) {
		const offset = last.length > 60 ? last.length - 60 : 0;
		return { contentEnd: i, signature: groupField(i, glued, 1, offset), endOfMessage };
	}
	return { contentEnd: i, signature: undefined, endOfMessage };
}

/** A body that is only a signature can follow a reflowed caption line that ran the text on (over 300 characters). */
const afterRunOnCaption = (lines: readonly string[], line: number, owned: (line: number) => boolean): boolean => {
	let before = line - 1;
	while (before >= 0 && isBlank(lines[before]!)) before--;
	return before >= 0 && owned(before) && lines[before]!.length > 300;
};

// ---------------------------------------------------------------- page markers

/** `TOKYO 00000374 002 OF 003` (also inside a reflowed line) and `PAGE 02  HARARE 06677 01 OF 03 291400Z`. */
export function readPageMarkers(line: number, text: string, hints: LineHints): readonly PageMarker[] {
	const page = mayStartWith(text, PAGE_FIRST) ? PAGE_MARKER.exec(head(text, 200)) : null;
	if (page && page[2] !== '01') {
		return [
			{
				range: range(line, page.indices![1]![0], line, page.indices![0]![1]),
				style: 'page',
				post: groupField(line, page, 3),
				serial: groupField(line, page, 4),
				page: groupField(line, page, 2)!,
				total: undefined,
				time: groupField(line, page, 5),
			},
		];
	}
	// Most lines have none: they share one empty answer.
	if ((hints[line]! & EIGHT_DIGITS) === 0) return NO_MARKERS;
	CONTINUATION_MARKER.lastIndex = 0;
	let match = CONTINUATION_MARKER.exec(text);
	if (!match) return NO_MARKERS;
	const found: PageMarker[] = [];
	for (; match; match = CONTINUATION_MARKER.exec(text)) {
		const post = postBefore(text, match.index);
		found.push({
			range: range(line, post ? post.start : match.index, line, match.index + match[0].length),
			style: 'continuation',
			post: post ? fieldAt(line, post.start, post.text) : undefined,
			serial: groupField(line, match, 1),
			page: groupField(line, match, 2)!,
			total: groupField(line, match, 3),
			time: undefined,
		});
	}
	return found;
}

const NO_MARKERS: readonly PageMarker[] = [];

/** The post name before a continuation marker's serial: up to four upper-case words. */
function postBefore(text: string, serialStart: number): { start: number; text: string } | undefined {
	const before = text.slice(Math.max(0, serialStart - 40), serialStart);
	// eslint-disable-next-line regexp/no-super-linear-move -- `before` is at most 40 characters
	const match = /([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}) +$/.exec(before);
	if (!match) return undefined;
	const name = match[1]!;
	return { start: serialStart - before.length + match.index, text: name };
}

// ---------------------------------------------------------------- headings

function isTitle(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.length > 0 && trimmed.length <= 100 && !isRule(text) && !paragraphMarker(text) && !/[.,;]$/.test(trimmed);
}

/** The first non-blank line from `from`, passing over at most `max` blank lines. */
function skipBlank(lines: readonly string[], from: number, max: number): number {
	let line = from;
	while (line < lines.length && line - from < max && isBlank(lines[line]!)) line++;
	return line;
}

function readHeading(
	lines: readonly string[],
	i: number,
	end: number,
	owned: (line: number) => boolean,
): { heading: Omit<Heading, 'sectionRange'>; last: number } | undefined {
	const text = lines[i]!;
	if (isRule(text)) {
		// Boxed: rule, title, rule; some renderings put a blank line or two around the title.
		const title = skipBlank(lines, i + 1, 2);
		if (!usable(title, end, owned) || !isTitle(lines[title]!)) return undefined;
		const closing = skipBlank(lines, title + 1, 2);
		if (usable(closing, end, owned) && isRule(lines[closing]!)) return titledHeading(lines, i, 'boxed', title, closing);
		return undefined;
	}
	const inline = mayStartWith(text, RULE_FIRST) ? INLINE_HEADING.exec(head(text, 200)) : null;
	if (inline && !/^[-= ]+$/.test(inline[1]!)) {
		const title = groupField(i, inline, 1)!;
		return { heading: { range: linesRange(lines, i, i), title, style: 'inline' }, last: i };
	}
	const startsBlock = i === 0 || isBlank(lines[i - 1]!) || owned(i - 1);
	if (startsBlock && usable(i + 1, end, owned) && isRule(lines[i + 1]!) && isTitle(text)) {
		return titledHeading(lines, i, 'underlined', i, i + 1);
	}
	return undefined;
}

/**
 * Whether a heading can take in `line`. A function of its own, not a closure in `readHeading`:
 * that runs on every body line, and each closure made costs an allocation.
 */
const usable = (line: number, end: number, owned: (line: number) => boolean): boolean => line <= end && !owned(line);

function titledHeading(lines: readonly string[], first: number, style: HeadingStyle, titleLine: number, last: number) {
	const t = lines[titleLine]!;
	return {
		heading: { range: linesRange(lines, first, last), title: fieldAt(titleLine, skipWhitespace(t), t.trim()), style },
		last,
	};
}

/** A heading's section runs to the last text line before the next heading or the end of the body. */
function withSections(
	lines: readonly string[],
	headings: Array<Omit<Heading, 'sectionRange'>>,
	contentEnd: number,
	hints: LineHints,
): Heading[] {
	return headings.map((heading, n) => {
		let end = n + 1 < headings.length ? headings[n + 1]!.range.start.line - 1 : contentEnd;
		while (end > heading.range.end.line && (isBlank(lines[end]!) || isPageMarkerLine(end, lines[end]!, hints))) end--;
		return { ...heading, sectionRange: range(heading.range.start.line, 0, end, lines[end]!.length) };
	});
}

// ---------------------------------------------------------------- SUMMARY / COMMENT / NOTE

interface OpenBlock {
	readonly kind: BlockKind;
	readonly start: Field;
	/** Where an unclosed block ends: the end of the paragraph it started in, else its own line. */
	fallbackEnd: { line: number; character: number };
	inParagraph: boolean;
}

/**
 * A block opening or closing on a line. Data rather than closures: a function that makes
 * closures allocates their context on every call, and `scan` runs on every body line.
 */
interface BlockEvent {
	readonly index: number;
	readonly kind: BlockKind;
	readonly field: Field;
	readonly opens: boolean;
}

class BlockTracker {
	private readonly open: OpenBlock[] = [];
	private readonly done: Block[] = [];

	/** `hints` are the line's: PARENTHESIZED_BLOCK and BLOCK_END match only where they say they can. */
	scan(line: number, text: string, hints: number): void {
		const start = mayStartWith(text, BLOCK_FIRST) ? BLOCK_START.exec(head(text, 80)) : null;
		const mayOpenInParentheses = (hints & PARENTHESIZED_BLOCK_START) !== 0;
		const bounded = head(text, 100_000);
		BLOCK_END.lastIndex = 0;
		const firstEnd = (hints & BLOCK_END_START) !== 0 ? BLOCK_END.exec(bounded) : null;
		if (!start && !mayOpenInParentheses && !firstEnd) return;
		const events: BlockEvent[] = [];
		if (start) {
			const field = groupField(line, start, 1)!;
			events.push({ index: field.range.start.character, kind: kindOf(start[2]!), field, opens: true });
		}
		PARENTHESIZED_BLOCK.lastIndex = 0;
		for (let m = mayOpenInParentheses ? PARENTHESIZED_BLOCK.exec(bounded) : null; m; m = PARENTHESIZED_BLOCK.exec(bounded)) {
			const field = groupField(line, m, 1)!;
			if (!start || field.range.start.character !== events[0]!.index) {
				events.push({ index: m.index, kind: kindOf(m[2]!), field, opens: true });
			}
		}
		for (let m = firstEnd; m; m = BLOCK_END.exec(bounded)) {
			events.push({ index: m.index, kind: kindOf(m[1]!), field: groupField(line, m, 0)!, opens: false });
		}
		for (const event of events.sort((a, b) => a.index - b.index)) {
			if (event.opens) this.begin(event.kind, event.field, text.length);
			else this.end(event.kind, event.field);
		}
	}

	paragraphEnded(line: number, character: number): void {
		for (const block of this.open) {
			if (block.inParagraph) continue;
			block.fallbackEnd = { line, character };
			block.inParagraph = true;
		}
	}

	finish(): Block[] {
		while (this.open.length) this.closeUnended(this.open.pop()!);
		return this.done.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
	}

	private begin(kind: BlockKind, start: Field, lineLength: number): void {
		const same = this.open.findIndex((block) => block.kind === kind);
		if (same >= 0) this.closeUnended(this.open.splice(same, 1)[0]!);
		this.open.push({ kind, start, fallbackEnd: { line: start.range.start.line, character: lineLength }, inParagraph: false });
	}

	private end(kind: BlockKind, end: Field): void {
		const index = this.open.map((block) => block.kind).lastIndexOf(kind);
		if (index < 0) return;
		const [block] = this.open.splice(index, 1);
		this.done.push({ kind, range: { start: block!.start.range.start, end: end.range.end }, start: block!.start, end });
	}

	private closeUnended(block: OpenBlock): void {
		this.done.push({
			kind: block.kind,
			range: { start: block.start.range.start, end: block.fallbackEnd },
			start: block.start,
			end: undefined,
		});
	}
}

// ---------------------------------------------------------------- the summary's text

/** What stands between a summary's keyword and its text: `:`, `.`, a dash or `=` rule, a portion mark. */
const SUMMARY_LEAD = /^[\s:.=-]*(?:\((?:U|C|S|SBU|LOU)\)[\s:.-]*)?/;

const SUMMARY_TITLE = /^(?:\((?:U|C|S|SBU)\)\s*)?(?:BEGIN\s+)?SUMMARY\b/i;

/**
 * The summary's text: the first summary block's, from after its lead-in to its `END SUMMARY`
 * (or where the block ends), or the section under a `SUMMARY` heading, whichever comes first.
 * Only the body's own lines are read (`skip` gives the others: repeated banners, page markers).
 */
function summaryOf(
	lines: readonly string[],
	blocks: readonly Block[],
	headings: readonly Heading[],
	paragraphs: readonly Paragraph[],
	skip: (line: number) => boolean,
): Field | undefined {
	const block = blocks.find((candidate) => candidate.kind === 'summary');
	const heading = headings.find((candidate) => SUMMARY_TITLE.test(candidate.title.text));
	if (heading && (!block || heading.range.end.line < block.start.range.start.line)) {
		// Under the heading, the summary ends with an `END SUMMARY` in the section, else with the
		// section's first paragraph (the rest of the section is the cable's text).
		const ending = blocks.find(
			(candidate) => candidate.kind === 'summary' && candidate.end && isBefore(heading.range.end, candidate.end.range.start),
		);
		const firstParagraph = paragraphs.find((paragraph) => paragraph.range.start.line > heading.range.end.line);
		const to =
			ending && ending.end!.range.start.line <= heading.sectionRange.end.line
				? ending.end!.range.start
				: firstParagraph && firstParagraph.range.start.line <= heading.sectionRange.end.line
					? firstParagraph.range.end
					: heading.sectionRange.end;
		return summaryText(lines, { line: heading.range.end.line + 1, character: 0 }, to, skip);
	}
	return block ? summaryText(lines, block.start.range.end, block.end ? block.end.range.start : block.range.end, skip, true) : undefined;
}

/** The text from `from` to `to`, its lines trimmed and joined by one space; `lead` passes over a keyword's `:` or rule first. */
function summaryText(
	lines: readonly string[],
	from: { line: number; character: number },
	to: { line: number; character: number },
	skip: (line: number) => boolean,
	lead = false,
): Field | undefined {
	const parts: string[] = [];
	let first: { line: number; character: number } | undefined;
	let last = from;
	for (let line = from.line; line <= to.line && line < lines.length; line++) {
		if (line > from.line && skip(line)) continue;
		const text = lines[line]!;
		let start = line === from.line ? Math.min(from.character, text.length) : 0;
		const end = trimmedEnd(text, line === to.line ? Math.min(to.character, text.length) : text.length);
		if (lead && line === from.line) start += SUMMARY_LEAD.exec(text.slice(start, start + 40))![0].length;
		start = skipWhitespace(text, start, end);
		if (start >= end) continue;
		first ??= { line, character: start };
		last = { line, character: end };
		parts.push(text.slice(start, end));
	}
	if (!first) return undefined;
	return { text: parts.join(' ').replace(/\s+/g, ' '), range: range(first.line, first.character, last.line, last.character) };
}

function kindOf(word: string): BlockKind {
	const upper = word.toUpperCase();
	return upper === 'SUMMARY' ? 'summary' : upper === 'COMMENT' ? 'comment' : 'note';
}
