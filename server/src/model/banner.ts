/**
 * Banner lines (`C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374`) and the caveat and
 * handling lines that follow them (SIPDIS, NOFORN, corrected-copy notices).
 */
import { readClassification } from './classificationWords';
import { groupField, head, openingOf, openings, range } from './lines';
import type { Banner, Caveat } from './types';

const LEVEL =
	'(C O N F I D E N T I A L|S E C R E T|T O P\\s+S E C R E T|U N C L A S S I F I E D|UNCLAS(?:\\s+E\\s?F\\s?T\\s?O)?|UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)';
// Misspellings seen in real banners (`ECTION`, `SCTION`, `SECTION01`, `01 GF 02`) still read as sections.
const SECTION = '((?:SECTION|ECTION|SCTION)\\s*(\\d{1,3})\\s+[OG]F\\s*(\\d{1,3}))';
const POST_SERIAL = "([A-Z][A-Z.' ]{0,40}?)\\s+(\\d{3,8})";
/** Reflowed text runs the caveats and the caption on after the banner. */
const RUN_ON = '(?:SIPDIS|NOFORN|SENSITIVE|E\\.O\\.|EO\\s|TAGS?\\b|DEPT|DEPARTMENT|PASS\\b|C O R R E C T E D)';
const BANNER_SOURCE = `^\\s*${LEVEL}(?:\\s+${SECTION})?(?:(?:\\s+|(?<=\\d))${POST_SERIAL})?(?=\\s*$|\\s+${RUN_ON}|SIPDIS)`;
const BANNER = new RegExp(BANNER_SOURCE, 'di');
/** The same without group places, for the boundary checks: building them is most of a match's cost. */
const BANNER_SHAPE = new RegExp(BANNER_SOURCE, 'i');

/** Openings of the level words. */
const BANNER_OPENINGS = openings(['C ', 'CO', 'S ', 'SE', 'T ', 'TO', 'U ', 'UN', 'LI']);

/** Reads a banner starting at `column` (a banner can be glued to a notice before it). */
export function readBanner(line: number, text: string, column = 0): Banner | undefined {
	const match = matchBanner(text, column, BANNER);
	if (!match) return undefined;
	const bounded = head(text, 200);
	const level = groupField(line, match, 1, column)!;
	const read = readClassification(level.text);
	const sectionOf = match[2]
		? {
				range: groupField(line, match, 2, column)!.range,
				number: groupField(line, match, 3, column)!,
				total: groupField(line, match, 4, column)!,
			}
		: undefined;
	const end = column + match[0].length;
	return {
		range: range(line, column, line, end < bounded.length ? end : text.length),
		classification: { text: level.text, range: level.range, level: read.level, caveats: read.caveats },
		letterSpaced: LETTER_SPACED.test(level.text),
		sectionOf,
		post: groupField(line, match, 5, column),
		serial: groupField(line, match, 6, column),
	};
}

const LETTER_SPACED = /^[A-Z] [A-Z] /i;

/** Whether `readBanner` reads a banner on `text`; for the boundary checks, which need no model. */
export function isBannerLine(text: string): boolean {
	return matchBanner(text, 0, BANNER_SHAPE) !== undefined;
}

function matchBanner(text: string, column: number, pattern: RegExp): RegExpExecArray | undefined {
	if (column === 0 && !BANNER_OPENINGS[openingOf(text, 200)]) return undefined;
	const bounded = head(text, 200);
	const match = pattern.exec(column ? bounded.slice(column) : bounded);
	// A bare classification word is a page foot, not a banner: it needs a section or a post.
	return match && (match[2] || match[5]) ? match : undefined;
}

const MARKINGS =
	'SIPDIS|NOFORN|SENSITIVE BUT UNCLASSIFIED|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS|ROGER CHANNEL|ROGER|NOT FOR INTERNET DISTRIBUTION|CHEROKEE|NIACT|DISSENT CHANNEL|FOR OFFICIAL USE ONLY|NOCONTRACT|PROPIN|ORCON|E F T O|EFTO';
const CAVEAT_LINE = new RegExp(`^\\s*(?:${MARKINGS})(?:[\\s,/]+(?:${MARKINGS}))*[\\s.]*$`, 'i');
const CAVEAT_WORD = new RegExp(`\\b(?:${MARKINGS})\\b`, 'gi');
const CORRECTED_COPY = /^\s*(C ?O ?R ?R ?E ?C ?T ?E ?D\s+C ?O ?P ?Y)\b.*$/di;

/** The caveats run on after a banner in reflowed text, between `from` and `to`. */
export function caveatsBetween(line: number, text: string, from: number, to: number): Caveat[] {
	const caveats: Caveat[] = [];
	const span = text.slice(from, to);
	CAVEAT_WORD.lastIndex = 0;
	for (let match = CAVEAT_WORD.exec(span); match; match = CAVEAT_WORD.exec(span)) {
		const word = match[0];
		const start = from + match.index;
		const marking = word.toUpperCase();
		const wordRange = range(line, start, line, start + word.length);
		caveats.push({ text: word, range: wordRange, marking: marking === 'E F T O' ? 'EFTO' : marking });
	}
	return caveats;
}

/** Openings of the markings and of CORRECTED COPY. */
const CAVEAT_OPENINGS = openings([...MARKINGS.split('|').map((marking) => marking.slice(0, 2)), 'CO', 'C ']);

/** A caveat line gives one caveat per marking on it. */
export function readCaveats(line: number, text: string): Caveat[] | undefined {
	if (!CAVEAT_OPENINGS[openingOf(text, 200)]) return undefined;
	const bounded = head(text, 200);
	if (CAVEAT_LINE.test(bounded)) return caveatsBetween(line, bounded, 0, bounded.length);
	const corrected = CORRECTED_COPY.exec(bounded);
	if (!corrected) return undefined;
	const notice = groupField(line, corrected, 1)!;
	return [{ text: notice.text, range: notice.range, marking: 'CORRECTED COPY' }];
}

/** Whether `readCaveats` reads `text` as a caveat line; for the boundary checks, which need no caveats. */
export function isCaveatLine(text: string): boolean {
	if (!CAVEAT_OPENINGS[openingOf(text, 200)]) return false;
	const bounded = head(text, 200);
	return CAVEAT_LINE.test(bounded) || CORRECTED_COPY.test(bounded);
}

const LOWER_CASE = /[a-z]/;
const DISTRIBUTION = /^\s*(PASS\b|[A-Z][A-Z/&., ]{1,60}?\s(FOR|PASS|PASS TO)\b)/;

/** `DEPT FOR NEA/ARP`, `PASS TO: EEB/ESC`, `NSC FOR SENIOR DIRECTOR ...`: who should see it. */
export function isDistributionLine(text: string): boolean {
	const bounded = head(text, 160);
	if (bounded.length >= 160 || LOWER_CASE.test(bounded)) return false;
	return DISTRIBUTION.test(bounded);
}
