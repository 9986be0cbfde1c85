/**
 * Banner lines (`C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374`) and the caveat and
 * handling lines that follow them (SIPDIS, NOFORN, corrected-copy notices).
 */
import { readClassification } from './classification';
import { fieldAt, firstCharacters, groupField, head, mayStartWith, range } from './lines';
import type { Banner, Caveat } from './types';

const LEVEL =
	'(C O N F I D E N T I A L|S E C R E T|T O P\\s+S E C R E T|U N C L A S S I F I E D|UNCLAS(?:\\s+E\\s?F\\s?T\\s?O)?|UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)';
// Misspellings seen in real banners (`ECTION`, `SCTION`, `SECTION01`, `01 GF 02`) still read as sections.
const SECTION = '((?:SECTION|ECTION|SCTION)\\s*(\\d{1,3})\\s+[OG]F\\s*(\\d{1,3}))';
const POST_SERIAL = "([A-Z][A-Z.' ]{0,40}?)\\s+(\\d{3,8})";
/** Reflowed text runs the caveats and the caption on after the banner. */
const RUN_ON = '(?:SIPDIS|NOFORN|SENSITIVE|E\\.O\\.|EO\\s|TAGS?\\b|DEPT|DEPARTMENT|PASS\\b|C O R R E C T E D)';
const BANNER = new RegExp(
	`^\\s*${LEVEL}(?:\\s+${SECTION})?(?:(?:\\s+|(?<=\\d))${POST_SERIAL})?(?=\\s*$|\\s+${RUN_ON}|SIPDIS)`,
	'di',
);

/** First letters of the level words (the pattern ignores case). */
const BANNER_FIRST = firstCharacters('CSTULcstul');

/** Reads a banner starting at `column` (a banner can be glued to a notice before it). */
export function readBanner(line: number, text: string, column = 0): Banner | undefined {
	const match = matchBanner(text, column);
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
		letterSpaced: /^[A-Z] [A-Z] /i.test(level.text),
		sectionOf,
		post: groupField(line, match, 5, column),
		serial: groupField(line, match, 6, column),
	};
}

/** Whether `readBanner` reads a banner on `text`; for the boundary checks, which need no model. */
export function isBannerLine(text: string): boolean {
	return matchBanner(text, 0) !== undefined;
}

function matchBanner(text: string, column: number): RegExpExecArray | undefined {
	if (column === 0 && !mayStartWith(text, BANNER_FIRST)) return undefined;
	const bounded = head(text, 200);
	const match = BANNER.exec(column ? bounded.slice(column) : bounded);
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
		const { text: word, range } = fieldAt(line, from + match.index, match[0]);
		caveats.push({ text: word, range, marking: word.toUpperCase().replace(/^E F T O$/, 'EFTO') });
	}
	return caveats;
}

/** First letters of the markings and of CORRECTED COPY (the patterns ignore case). */
const CAVEAT_FIRST = firstCharacters('SNELRCDFPOsnelrcdfpo');

/** A caveat line gives one caveat per marking on it. */
export function readCaveats(line: number, text: string): Caveat[] | undefined {
	if (!mayStartWith(text, CAVEAT_FIRST)) return undefined;
	const bounded = head(text, 200);
	if (CAVEAT_LINE.test(bounded)) return caveatsBetween(line, bounded, 0, bounded.length);
	const corrected = CORRECTED_COPY.exec(bounded);
	if (corrected) return [{ ...groupField(line, corrected, 1)!, marking: 'CORRECTED COPY' }];
	return undefined;
}

/** Whether `readCaveats` reads `text` as a caveat line; for the boundary checks, which need no caveats. */
export function isCaveatLine(text: string): boolean {
	if (!mayStartWith(text, CAVEAT_FIRST)) return false;
	const bounded = head(text, 200);
	return CAVEAT_LINE.test(bounded) || CORRECTED_COPY.test(bounded);
}

/** `DEPT FOR NEA/ARP`, `PASS TO: EEB/ESC`, `NSC FOR SENIOR DIRECTOR ...`: who should see it. */
export function isDistributionLine(text: string): boolean {
	const bounded = head(text, 160);
	if (bounded.length >= 160 || /[a-z]/.test(bounded)) return false;
	return /^\s*(PASS\b|[A-Z][A-Z/&., ]{1,60}?\s(FOR|PASS|PASS TO)\b)/.test(bounded);
}
