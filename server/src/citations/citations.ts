/**
 * The cables one REF item cites: `STATE 74879`, `07 TOKYO 123`, `2007 TOKYO 123`, `TOKYO 123 (2007)`,
 * `QUITO 4525-91`, `TEHRAN 1091 AND 263`, `Kabul 936/935`, `08CAIRO2408`, and what else the item
 * is when it cites no cable (an e-mail, a telcon, a military DTG, a report).
 *
 * The text is read as tokens by a hand-written scanner: one pass, no backtracking, whatever the
 * item holds. A citation is made only where the text makes it certain: the post resolves through
 * the alias and originator tables, the serial is a serial (not a date, a page marker or a year),
 * and the year is written or is the cable's own. Anything less gives no id.
 */
import { fullYear, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../model/calendar';
import { type ResolvedPost, resolvePost } from './posts';

export type TokenKind = 'word' | 'number' | 'glued' | 'punct' | 'other';

export interface Token {
	readonly kind: TokenKind;
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** White space (or the start of the text) stands before the token. */
	readonly spaced: boolean;
	/** `glued`: a two-digit year written in front (`08CAIRO2408`), the letters and the digits after them. */
	readonly year?: string;
	readonly letters?: string;
	readonly digits?: string;
}

/** An item longer than this is a run-on into the body: its citations are in the first part. */
export const ITEM_REACH = 600;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0xb6;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;
const PERIOD = 46;

function readLetters(text: string, from: number, end: number): number {
	let at = from;
	while (at < end) {
		const code = text.charCodeAt(at);
		if (isLetter(code)) at++;
		// `PORT-AU-PRINCE`, `COTE D'IVOIRE`: joiners inside a name, never at its end.
		else if ((code === HYPHEN || code === APOSTROPHE || code === RIGHT_QUOTE) && at + 1 < end && isLetter(text.charCodeAt(at + 1))) at++;
		else break;
	}
	return at;
}

function readDigits(text: string, from: number, end: number): number {
	let at = from;
	while (at < end && isDigit(text.charCodeAt(at))) at++;
	return at;
}

/** Splits an item into words, numbers, glued post-and-serial tokens and single punctuation characters. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const end = Math.min(text.length, ITEM_REACH);
	let spaced = true;
	let at = 0;
	while (at < end) {
		const code = text.charCodeAt(at);
		if (isSpace(code)) {
			spaced = true;
			at++;
			continue;
		}
		const start = at;
		if (isLetter(code)) {
			at = readLetters(text, at, end);
			const letters = text.slice(start, at);
			if (at < end && isDigit(text.charCodeAt(at))) {
				const digitsEnd = readDigits(text, at, end);
				const digits = text.slice(at, digitsEnd);
				at = digitsEnd;
				if (at < end && (isLetter(text.charCodeAt(at)) || isDigitAfterPeriod(text, at, end))) {
					at = skipWord(text, at, end);
					tokens.push({ kind: 'other', start, end: at, text: text.slice(start, at), spaced });
				} else tokens.push({ kind: 'glued', start, end: at, text: text.slice(start, at), spaced, letters, digits });
			} else {
				// `ST. PETERSBURG`: the period of a short abbreviation belongs to the word.
				if (at - start <= 3 && text.charCodeAt(at) === PERIOD && at + 1 < end && isSpace(text.charCodeAt(at + 1))) at++;
				tokens.push({ kind: 'word', start, end: at, text: text.slice(start, at), spaced });
			}
		} else if (isDigit(code) || (code === HYPHEN && spaced && at + 1 < end && isDigit(text.charCodeAt(at + 1)))) {
			// `STATE -097844`: a minus written before the serial.
			at = readDigits(text, code === HYPHEN ? at + 1 : at, end);
			if (at < end && isLetter(text.charCodeAt(at))) {
				const digitsEnd = at;
				at = readLetters(text, at, end);
				const lettersEnd = at;
				at = readDigits(text, at, end);
				const year = text.slice(start, digitsEnd);
				if (year.length === 2 && (at >= end || !isLetter(text.charCodeAt(at)))) {
					tokens.push({
						kind: 'glued',
						start,
						end: at,
						text: text.slice(start, at),
						spaced,
						year,
						letters: text.slice(digitsEnd, lettersEnd),
						digits: text.slice(lettersEnd, at),
					});
				} else {
					at = skipWord(text, at, end);
					tokens.push({ kind: 'other', start, end: at, text: text.slice(start, at), spaced });
				}
			} else if (isDigitAfterPeriod(text, at, end)) {
				// `001.2`, `1.4`: a page number or a section, never a serial.
				at = skipWord(text, at, end);
				tokens.push({ kind: 'other', start, end: at, text: text.slice(start, at), spaced });
			} else tokens.push({ kind: 'number', start, end: at, text: text.slice(start, at), spaced });
		} else {
			at++;
			tokens.push({ kind: 'punct', start, end: at, text: text.slice(start, at), spaced });
		}
		spaced = false;
	}
	return tokens;
}

function isDigitAfterPeriod(text: string, at: number, end: number): boolean {
	return text.charCodeAt(at) === PERIOD && at + 1 < end && isDigit(text.charCodeAt(at + 1));
}

function skipWord(text: string, from: number, end: number): number {
	let at = from;
	while (at < end) {
		const code = text.charCodeAt(at);
		if (isLetter(code) || isDigit(code) || code === PERIOD) at++;
		else break;
	}
	return at;
}

// ---------------------------------------------------------------- citations

export interface Citation {
	/** Offsets in the item's text: the year written before the post (if any) to the serial or its year. */
	readonly start: number;
	readonly end: number;
	/** The post as written (`Sao Paulo`, `SECSTATE`). */
	readonly post: string;
	readonly origin: string;
	readonly serial: number;
	/** The four-digit year, written or the cable's own; undefined when neither is known. */
	readonly year: number | undefined;
	readonly yearWritten: boolean;
	/** `08STATE74879`; undefined when the year is not known. */
	readonly id: string | undefined;
}

export interface CitationContext {
	/** The citing cable's year, which items without a year of their own take. */
	readonly year: number | undefined;
	/** The citing cable's own id: a cable does not cite itself (a page marker run into the item does). */
	readonly ownId: string | undefined;
}

/** Words that may stand between a post and its serial: `COLOMBO CABLES 0266`. */
const NOISE = new Set(['CABLE', 'CABLES', 'TEL', 'TELS', 'TELEGRAM', 'TELEGRAMS', 'NO.', 'NR.']);
/** A month after a small number makes it a date (`12 MAY`), not a serial. */
const MONTHS = new Set([...MONTH_ABBREVIATIONS, 'SEPT', ...MONTH_NAMES.map((name) => name.toUpperCase())]);
/** Words that follow a citation: a serial that looks like a year is still a serial before these. */
const AFTER_CITATION = new Set(['AND', 'ET', 'PARA', 'PARAS', 'PARAGRAPH', 'NOTAL', 'CIRCULAR', 'EXDIS', 'NODIS', 'LIMDIS', 'PREVIOUS']);
const MAX_WINDOW = 4;
const OLDEST_YEAR = 1966;

const upper = (token: Token | undefined) => (token ? token.text.toUpperCase() : '');
const isPunct = (token: Token | undefined, text: string) => token !== undefined && token.kind === 'punct' && token.text === text;
const isYearLike = (digits: string) => digits.length === 4 && Number(digits) >= OLDEST_YEAR && Number(digits) <= 2030;

/** A number that can be a serial: 1-7 digits, not zero. */
function serialOf(token: Token | undefined): number | undefined {
	if (!token || token.kind !== 'number') return undefined;
	const digits = token.text.charCodeAt(0) === HYPHEN ? token.text.slice(1) : token.text;
	if (digits.length > 7) return undefined;
	const serial = Number(digits);
	return serial > 0 ? serial : undefined;
}

/** A written year: `07`, `2007`; its four-digit value. */
function yearOf(token: Token | undefined): number | undefined {
	if (!token || token.kind !== 'number' || token.text.charCodeAt(0) === HYPHEN) return undefined;
	if (token.text.length === 2) return fullYear(Number(token.text));
	return isYearLike(token.text) ? Number(token.text) : undefined;
}

/** `(07)` or `(2007)` starting at `index`: its year and the index after it. */
function parenthesisedYear(tokens: readonly Token[], index: number): { year: number; next: number } | undefined {
	if (!isPunct(tokens[index], '(') || !isPunct(tokens[index + 2], ')')) return undefined;
	const year = yearOf(tokens[index + 1]);
	return year === undefined ? undefined : { year, next: index + 3 };
}

/** The year written right before `index` (`07 TOKYO`, `(08) SAO PAULO`), unless it was taken already. */
function yearBefore(tokens: readonly Token[], index: number, taken: Uint8Array): { year: number; index: number } | undefined {
	const previous = tokens[index - 1];
	if (previous && !taken[index - 1]) {
		const year = yearOf(previous);
		if (year !== undefined) return { year, index: index - 1 };
	}
	if (index >= 3 && !taken[index - 2]) {
		const year = parenthesisedYear(tokens, index - 3);
		if (year && year.next === index) return { year: year.year, index: index - 3 };
	}
	return undefined;
}

interface SerialRead {
	readonly serial: number;
	/** A year written after the serial: `4525-91`, `00789/08`, `123 (2007)`, `07718 99`. */
	readonly year: number | undefined;
	/** The index after the serial and its year. */
	readonly next: number;
	readonly end: number;
}

/** The serial at `index` with its trailing year, or undefined when the number is no serial there (a date, a year). */
function readSerial(tokens: readonly Token[], index: number, afterPost: boolean): SerialRead | undefined {
	const token = tokens[index];
	const serial = serialOf(token);
	if (serial === undefined) return undefined;
	const next = tokens[index + 1];
	const digits = token!.text.replace('-', '');
	// `12 MAY 2008`, `12/5`: a day, not a serial.
	if (serial <= 31 && MONTHS.has(upper(next))) return undefined;
	if ((isPunct(next, '-') || isPunct(next, '/')) && !next!.spaced) {
		const after = tokens[index + 2];
		if (after && after.kind === 'number' && !after.spaced) {
			if (after.text.length === 2 && digits.length >= 3) {
				return { serial, year: fullYear(Number(after.text)), next: index + 3, end: after.end };
			}
			if (next!.text === '/' && after.text.length >= 3 && digits.length >= 3)
				return { serial, year: undefined, next: index + 1, end: token!.end };
			return undefined;
		}
	}
	const parenthesised = parenthesisedYear(tokens, index + 1);
	if (parenthesised) return { serial, year: parenthesised.year, next: parenthesised.next, end: tokens[parenthesised.next - 1]!.end };
	if (next && next.kind === 'number' && next.text.length === 2 && afterPost) {
		const following = tokens[index + 2];
		if (!following || isPunct(following, ',') || isPunct(following, ';')) {
			return { serial, year: fullYear(Number(next.text)), next: index + 2, end: next.end };
		}
	}
	if (isYearLike(digits) && next && next.kind === 'word' && !AFTER_CITATION.has(upper(next)) && !resolvesAt(tokens, index + 1))
		return undefined;
	return { serial, year: undefined, next: index + 1, end: token!.end };
}

/** The longest run of words from `index` that names a post, with the index of the serial after it. */
interface PostRead {
	readonly post: ResolvedPost;
	readonly written: string;
	readonly words: number;
	/** The index of the token after the post and any noise words. */
	readonly next: number;
	/** A year written between post and serial: `STATE (01) 201265`. */
	readonly year: number | undefined;
}

function readPost(tokens: readonly Token[], index: number): PostRead | undefined {
	// `COTON0U 348`, `0TTAWA 12`: misspellings with a digit that the alias table lists whole.
	if (tokens[index]?.kind === 'other') return postBeforeSerial(tokens, index, 1);
	let count = 0;
	while (count < MAX_WINDOW && tokens[index + count]?.kind === 'word' && (count === 0 || tokens[index + count]!.spaced)) count++;
	for (let words = count; words >= 1; words--) {
		const read = postBeforeSerial(tokens, index, words);
		if (read) return read;
	}
	return undefined;
}

/** The post the `words` tokens from `index` name, with what follows it up to the serial. */
function postBeforeSerial(tokens: readonly Token[], index: number, words: number): PostRead | undefined {
	const written = joinWords(tokens, index, words);
	const post = resolvePost(written);
	if (!post) return undefined;
	let next = index + words;
	while (NOISE.has(upper(tokens[next])) || isPunct(tokens[next], '#')) next++;
	const inside = parenthesisedYear(tokens, next);
	if (inside) next = inside.next;
	return { post, written, words, next, year: inside?.year };
}

function joinWords(tokens: readonly Token[], index: number, count: number): string {
	let written = tokens[index]!.text;
	for (let i = 1; i < count; i++) written += ' ' + tokens[index + i]!.text;
	return written;
}

function resolvesAt(tokens: readonly Token[], index: number): boolean {
	const token = tokens[index];
	if (!token) return false;
	if (token.kind === 'glued') return token.letters !== undefined && resolvePost(token.letters) !== undefined;
	return token.kind === 'word' && readPost(tokens, index) !== undefined;
}

/** Tokens after a citation that lead to another serial of the same post: `, ` `AND` `&` `/`. */
function isSeparator(token: Token | undefined): boolean {
	if (!token) return false;
	if (token.kind === 'punct') return token.text === ',' || token.text === '&' || token.text === '/';
	return token.kind === 'word' && upper(token) === 'AND';
}

export function findCitations(tokens: readonly Token[], context: CitationContext): Citation[] {
	const citations: Citation[] = [];
	const taken = new Uint8Array(tokens.length);
	for (let i = 0; i < tokens.length; i++) {
		if (taken[i]) continue;
		const token = tokens[i]!;
		let post: ResolvedPost | undefined;
		let written = '';
		let serial: SerialRead | undefined;
		let writtenYear: number | undefined;
		let start = token.start;
		let words = 1;
		if (token.kind === 'glued' && token.letters && token.letters === token.letters.toUpperCase()) {
			// `08CAIRO2408`, `ASHGABAT733`, `10SHENYANG 003`.
			post = resolvePost(token.letters);
			written = token.letters;
			if (!post) continue;
			writtenYear = token.year === undefined ? undefined : fullYear(Number(token.year));
			if (token.digits) serial = glueSerial(token, i);
			else serial = readSerial(tokens, i + 1, true);
		} else if (token.kind === 'word' || token.kind === 'other') {
			const read = readPost(tokens, i);
			if (!read) continue;
			post = read.post;
			written = read.written;
			words = read.words;
			serial = readSerial(tokens, read.next, true);
			writtenYear = read.year;
		}
		if (!post || !serial || sentByAgency(tokens, i)) continue;
		const before = token.kind === 'word' || token.year === undefined ? yearBefore(tokens, i, taken) : undefined;
		if (before) start = tokens[before.index]!.start;
		// A short alias (`BA`, `DOC`, `RIO`) names a post only as the whole of a plain citation that opens the item.
		if (post.weak && !weakAliasHolds(tokens, i, words, before?.index, serial)) continue;
		const years = [before?.year, writtenYear, serial.year].filter((year): year is number => year !== undefined);
		if (years.some((year) => year !== years[0])) continue;
		const explicit = years[0];
		if (explicit !== undefined && (explicit < OLDEST_YEAR || (context.year !== undefined && explicit > context.year))) continue;
		if (before) taken[before.index] = 1;
		const cite = (read: SerialRead, from: number) => {
			const year = read.year ?? explicit ?? context.year;
			const id = year === undefined ? undefined : idFor(year, post!.origin, read.serial);
			if (id !== undefined && id === context.ownId) return;
			citations.push({
				start: from,
				end: read.end,
				post: written,
				origin: post!.origin,
				serial: read.serial,
				year,
				yearWritten: (read.year ?? explicit) !== undefined,
				id,
			});
		};
		cite(serial, start);
		let next = serial.next;
		// `TEHRAN 1091 AND 263`, `STATE 188314, 259032`, `Kabul 692/317/274`.
		for (;;) {
			let after = next;
			while (isSeparator(tokens[after])) after++;
			if (after === next || resolvesAt(tokens, after + 1)) break;
			const more = tokens[after];
			if (!more || more.kind !== 'number' || isYearLike(more.text)) break;
			const read = readSerial(tokens, after, false);
			if (!read) break;
			cite(read, more.start);
			next = read.next;
		}
		for (let j = i; j < next; j++) taken[j] = 1;
		i = next - 1;
	}
	return citations;
}

function glueSerial(token: Token, index: number): SerialRead | undefined {
	const digits = token.digits!;
	const serial = Number(digits);
	if (digits.length > 7 || serial <= 0) return undefined;
	return { serial, year: undefined, next: index + 1, end: token.end };
}

/** Offices whose messages are no State cables: `USDAO PARIS 123` is the attache's report, not Paris's cable. */
const AGENCIES = new Set(['USDAO', 'DAO', 'DIA', 'HOTR', 'FBI', 'CIA', 'DOD', 'OSD', 'JCS', 'DHS', 'NSA', 'DEA']);

function sentByAgency(tokens: readonly Token[], index: number): boolean {
	let before = index - 1;
	while (before >= 0 && tokens[before]!.kind === 'punct' && tokens[before]!.text === '/') before--;
	return before >= 0 && AGENCIES.has(upper(tokens[before]));
}

/** The weak alias is the whole post, in capitals, opening the item, with a serial that is no year. */
function weakAliasHolds(
	tokens: readonly Token[],
	index: number,
	words: number,
	yearIndex: number | undefined,
	serial: SerialRead,
): boolean {
	const token = tokens[index]!;
	const letters = token.kind === 'glued' ? token.letters! : token.text;
	if (words !== 1 || letters !== letters.toUpperCase()) return false;
	const opening = yearIndex ?? index;
	if (opening !== 0) return false;
	return !isYearLike(String(serial.serial));
}

/** The canonical id: two-digit year, origin, serial without leading zeros. */
export function idFor(year: number, origin: string, serial: number): string {
	return `${String(year % 100).padStart(2, '0')}${origin}${serial}`;
}

// ---------------------------------------------------------------- what an item is

export type ReferenceKind = 'cable' | 'reftel' | 'email' | 'telcon' | 'military-dtg' | 'report' | 'other';

/**
 * Words that say an item cites something other than a cable, in the order they are tried. Each
 * pattern is a plain alternation of words: it runs once over an item of bounded length.
 */
const MARKERS: ReadonlyArray<readonly [Exclude<ReferenceKind, 'cable' | 'reftel'>, RegExp]> = [
	['email', /\b(?:E-?MAILS?|EMAILS?)\b/i],
	['telcon', /\b(?:TELE?CONS?|TELECONFERENCES?|TELEPHONE|PHONE|PHONECALLS?|VTC|DVC)\b/i],
	['military-dtg', /\b[A-Z]?\d{6}Z\b|\bDTG\b/i],
	['report', /\b(?:IIR|TDX?-|OSC|FBIS|REPORTS?|DAILY|INTSUM|SITREP|314\/)/i],
	[
		'other',
		/\b(?:MEMO|MEMORANDUM|LETTER|DOCUMENT|FAM|FAH|NON-PAPER|NOTE|SEPTEL|DEMARCHE|POINTS|NONE|UNSCR|RESOLUTION|ARTICLE|STATEMENT|SPEECH|MINUTES)\b/i,
	],
];

export interface ItemReading {
	readonly kind: ReferenceKind;
	readonly citations: readonly Citation[];
}

/**
 * What an item is and the cables it cites. An item that names something else before its first
 * cable (`HOPKINS-GODFREY EMAIL 4/01/08, TRIPOLI 275`) is that something else and yields no id;
 * citations after such a word are dropped, the rest kept.
 */
export function readItem(text: string, context: CitationContext): ItemReading {
	const bounded = text.length > ITEM_REACH ? text.slice(0, ITEM_REACH) : text;
	const tokens = tokenize(bounded);
	const citations = findCitations(tokens, context);
	if (!citations.length) citations.push(...reversedCitation(tokens, context));
	let marker: { kind: ItemReading['kind']; index: number } | undefined;
	for (const [kind, pattern] of MARKERS) {
		const found = pattern.exec(bounded);
		if (found && (!marker || found.index < marker.index)) marker = { kind, index: found.index };
	}
	if (marker && (!citations.length || marker.index < citations[0]!.start)) return { kind: marker.kind, citations: [] };
	if (citations.length) {
		return { kind: 'cable', citations: marker ? citations.filter((citation) => citation.end <= marker!.index) : citations };
	}
	return { kind: looksLikeCable(tokens) ? 'cable' : 'other', citations: [] };
}

/**
 * `00821 ASMARA`, `870 Ulaanbaatar`: an item that is nothing but a serial of three or more digits
 * and then a post is that post's cable.
 */
function reversedCitation(tokens: readonly Token[], context: CitationContext): Citation[] {
	const number = tokens[0];
	if (!number || number.kind !== 'number' || number.text.length < 3 || isYearLike(number.text)) return [];
	const read = readPost(tokens, 1);
	const serial = serialOf(number);
	if (!read || read.post.weak || read.next !== tokens.length || read.year !== undefined || serial === undefined) return [];
	const id = context.year === undefined ? undefined : idFor(context.year, read.post.origin, serial);
	if (id !== undefined && id === context.ownId) return [];
	return [
		{
			start: number.start,
			end: tokens[tokens.length - 1]!.end,
			post: read.written,
			origin: read.post.origin,
			serial,
			year: context.year,
			yearWritten: false,
			id,
		},
	];
}

/**
 * A cable citation the tables cannot resolve (a redacted or misspelt post, a serial lost):
 * a known post, or a short `[year] WORD number` with nothing else.
 */
function looksLikeCable(tokens: readonly Token[]): boolean {
	if (tokens.some((token) => AGENCIES.has(upper(token)))) return false;
	for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word' && readPost(tokens, i)) return true;
	const words = tokens.filter((token) => token.kind === 'word').length;
	const numbers = tokens.filter((token) => token.kind === 'number').length;
	return tokens.length <= 4 && words >= 1 && words <= 2 && numbers >= 1;
}
