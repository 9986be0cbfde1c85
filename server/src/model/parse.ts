/**
 * The tolerant cable parser: text in, immutable `CableModel` out, never an exception.
 *
 * The cable start is found by content, not by line number (publishers put very different
 * wrappers in front). After the wrapper, each line either opens a block that reads as far
 * as it reaches (distribution block, transmission header, banner with caveats and caption)
 * or belongs to the body, which is read last with those blocks as barriers.
 */
import { isBefore } from '../util/ranges';
import { caveatsBetween, isBannerLine, isCaveatLine, isDistributionLine, readBanner, readCaveats } from './banner';
import { isPageMarkerLine, type LineHints, lineHints, parseBody, readPageMarkers, startsParagraph } from './body';
import { type CaptionContext, type CaptionKind, captionKind, findCaptionKeyword, readCaptionElement } from './caption';
import { parseHeader, startsHeader } from './header';
import { isTransmissionId } from './headerLines';
import { parseLegacy, startsLegacy } from './legacy';
import { firstCharacters, head, isBlank, mayStartWith, range, splitLines, trimmedLine } from './lines';
import { GLUED_PREFIX, parseMetadata } from './metadata';
import type {
	Banner,
	BannerBlock,
	Caption,
	Caveat,
	CableModel,
	ClassifiedBy,
	EoLine,
	Field,
	LegacyHeader,
	PageMarker,
	RefBlock,
	SubjectLine,
	TagsLine,
	TransmissionHeader,
} from './types';

const BARE_CLASSIFICATION = /^\s*(UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(\s+PTQ\d+)?\s*$/;
const STRONG_CAPTION: ReadonlySet<CaptionKind> = new Set(['eo', 'tags', 'subject']);
const GLUED_PREFIX_FIRST = firstCharacters('TC');
const BACKSLASH = 0x5c;

export function parseCable(text: string, uri: string, version: number): CableModel {
	const raw = splitLines(text);
	// Some renderings end every line with ` \`; lines are read without it (ranges stay inside them).
	// Most texts have none, and three substring searches cost less than a copy of every line.
	const lines = endsALineWithBackslash(text)
		? raw.map((line) => (line.charCodeAt(line.length - 1) === BACKSLASH ? line.slice(0, -1).trimEnd() : line))
		: raw;
	const hints = lineHints(text, raw);
	const owned = new Uint8Array(lines.length);
	const own = (first: number, last: number) => owned.fill(1, first, last + 1);

	const { metadata, next } = parseMetadata(lines, 0);
	if (metadata) own(metadata.range.start.line, Math.max(metadata.range.end.line, next - 1));

	let legacyHeader: LegacyHeader | undefined;
	const laterLegacyHeaders: LegacyHeader[] = [];
	/** Lines of headers and banner blocks, where a page break can fall (a page marker there is not the body's). */
	const pageBreakSpans: Array<readonly [number, number]> = [];
	let header: TransmissionHeader | undefined;
	const repeatedHeaders: TransmissionHeader[] = [];
	const bannerBlocks: BannerBlock[] = [];
	let bodyStart = -1;

	const isHeaderBoundary = (line: number) => {
		const t = lines[line]!;
		return Boolean(isBannerLine(t) || captionKind(t) || startsParagraph(t) || isCaveatLine(t) || startsLegacy(t));
	};
	const isLegacyEnd = (line: number) => {
		const t = lines[line]!;
		return startsHeader(t) || /^\s*(FM|TO)\s/.test(head(t, 10)) || isBannerLine(t);
	};
	const captionContext: CaptionContext = {
		lines,
		isBoundary: (line) => {
			const t = lines[line]!;
			return Boolean(isBannerLine(t) || startsParagraph(t) || isPageMarkerLine(line, t, hints) || startsHeader(t) || isCaveatLine(t));
		},
	};

	for (let i = next; i < lines.length;) {
		const text = lines[i]!;
		if (isBlank(text)) {
			i++;
			continue;
		}
		const noBodyYet = bodyStart < 0;
		const legacy = startsLegacy(text);
		if ((legacy || (noBodyYet && !header && BARE_CLASSIFICATION.test(head(text, 80)))) && !header) {
			const result = parseLegacy(lines, i, isLegacyEnd);
			if (legacyHeader === undefined) legacyHeader = result.legacy;
			else laterLegacyHeaders.push(result.legacy);
			own(i, result.next - 1);
			i = result.next;
			continue;
		}
		if (legacy) {
			// A later section's distribution block (`PAGE 01 ... 02 OF 02`): a barrier, not a new header.
			const result = parseLegacy(lines, i, isLegacyEnd);
			laterLegacyHeaders.push(result.legacy);
			own(i, result.next - 1);
			i = result.next;
			continue;
		}
		if (opensHeader(lines, i, noBodyYet || !header) || (noBodyYet && !header && /^\s*(FM|FROM)\s+[A-Z]/.test(head(text, 20)))) {
			const result = parseHeader(lines, i, isHeaderBoundary);
			if (header === undefined) header = result.header;
			else repeatedHeaders.push(result.header);
			own(i, result.next - 1);
			pageBreakSpans.push([i, result.next - 1]);
			i = result.next;
			continue;
		}
		const glued = mayStartWith(text, GLUED_PREFIX_FIRST) ? GLUED_PREFIX.exec(head(text, 200)) : null;
		const bannerColumn = glued ? glued[0].length : 0;
		const banner = readBanner(i, text, bannerColumn);
		const kind = banner ? undefined : captionKind(text);
		const opensBlock =
			banner !== undefined || (kind !== undefined && (STRONG_CAPTION.has(kind) || noBodyYet)) || (noBodyYet && isCaveatLine(text));
		if (opensBlock) {
			const block = parseBannerBlock(lines, i, banner, captionContext, hints);
			bannerBlocks.push(block.block);
			own(i, block.last);
			pageBreakSpans.push([i, block.last]);
			i = block.last + 1;
			continue;
		}
		if (glued) {
			own(i, i);
			i++;
			continue;
		}
		if (noBodyYet) bodyStart = i;
		i++;
	}

	const body = bodyStart >= 0 ? parseBody({ lines, start: bodyStart, owned: (line) => owned[line] === 1, hints }) : undefined;
	return {
		uri,
		version,
		lineCount: raw.length,
		lineLengths: raw.map((line) => line.length),
		metadata,
		legacyHeader,
		laterLegacyHeaders,
		header,
		repeatedHeaders,
		bannerBlocks,
		body,
		pageMarkersOutsideBody: pageMarkersIn(lines, pageBreakSpans, hints),
	};
}

/** `TO PAGE 02 ...`: a page break right after the list's keyword; the keyword is the list's. */
const LIST_KEYWORD_BEFORE_PAGE = /^\s*(?:TO|INFO|CC|XMT)\s+(?=PAGE\s+\d{2}\s)/;

/** The page markers that stand alone on a line of the spans, or right after a TO or INFO keyword. */
function pageMarkersIn(lines: readonly string[], spans: ReadonlyArray<readonly [number, number]>, hints: LineHints): PageMarker[] {
	const found: PageMarker[] = [];
	for (const [first, last] of spans) {
		for (let line = first; line <= last; line++) {
			const text = lines[line]!;
			const keyword = LIST_KEYWORD_BEFORE_PAGE.exec(head(text, 20));
			// The keyword blanked out, so that the marker's columns stay those of the line.
			const read = keyword ? ' '.repeat(keyword[0].length) + text.slice(keyword[0].length) : text;
			if (keyword || isPageMarkerLine(line, read, hints)) found.push(...readPageMarkers(line, read, hints));
		}
	}
	return found;
}

const endsALineWithBackslash = (text: string): boolean => text.includes('\\\n') || text.includes('\\\r') || text.endsWith('\\');

/**
 * Any header line opens the cable's header. Once the body has begun, a sentence can start
 * like one (`ZNR UUUUU ...`), so a repeated header needs its `VZCZC` line or two header lines
 * in a row.
 */
function opensHeader(lines: readonly string[], line: number, first: boolean): boolean {
	const text = lines[line]!;
	if (!startsHeader(text)) return false;
	if (first || isTransmissionId(text)) return true;
	const next = lines[line + 1];
	return next !== undefined && startsHeader(next);
}

interface BannerBlockResult {
	readonly block: BannerBlock;
	readonly last: number;
}

/** A banner (when there is one), then caveats, distribution lines and caption fields in any order. */
function parseBannerBlock(
	lines: readonly string[],
	start: number,
	banner: Banner | undefined,
	context: CaptionContext,
	hints: LineHints,
): BannerBlockResult {
	const caveats: Caveat[] = [];
	const distribution: Field[] = [];
	let eo: EoLine | undefined;
	let tags: TagsLine | undefined;
	let subject: SubjectLine | undefined;
	let refs: RefBlock | undefined;
	let classifiedBy: ClassifiedBy | undefined;
	const seen = new Set<CaptionKind>();
	let last = banner ? start : start - 1;

	const belongs = (line: number): boolean => {
		const t = lines[line]!;
		if (isBannerLine(t) || startsHeader(t)) return false;
		const kind = captionKind(t);
		if (kind) return !seen.has(kind);
		return isCaveatLine(t) || (banner !== undefined && seen.size === 0 && isDistributionLine(t));
	};

	const passOver = (line: number): boolean => {
		const t = lines[line]!;
		return isBlank(t) || BARE_CLASSIFICATION.test(head(t, 80)) || isPageMarkerLine(line, t, hints);
	};

	/** Reads caption fields from `column` of `line` on, as long as they run together; gives the last line read. */
	const readFields = (line: number, column: number): number => {
		const text = lines[line]!;
		let kind = captionKind(text.slice(column));
		let end = line;
		while (kind && !seen.has(kind)) {
			const element = readCaptionElement(context, kind, line, column);
			if (!element) break;
			seen.add(kind);
			const value = element.value;
			if (kind === 'eo') eo = value as EoLine;
			else if (kind === 'tags') tags = value as TagsLine;
			else if (kind === 'subject') subject = value as SubjectLine;
			else if (kind === 'ref') refs = value as RefBlock;
			else classifiedBy = value as ClassifiedBy;
			end = element.lastLine;
			if (element.nextColumn === undefined) break;
			column = element.nextColumn;
			kind = captionKind(text.slice(column));
		}
		return end;
	};

	if (banner) {
		const text = lines[start]!;
		const from = banner.range.end.character;
		if (from < text.trimEnd().length) {
			const keyword = findCaptionKeyword(text, from);
			caveats.push(...caveatsBetween(start, text, from, keyword ?? text.length));
			if (keyword !== undefined) last = readFields(start, keyword);
		}
	}

	for (let i = last + 1; i < lines.length;) {
		if (passOver(i)) {
			// Page feet and page markers can fall between a banner and its caption.
			let k = i + 1;
			while (k < lines.length && passOver(k)) k++;
			if (k >= lines.length || !belongs(k)) break;
			i = k;
		} else if (!belongs(i)) break;
		const text = lines[i]!;
		if (!captionKind(text)) {
			const found = readCaveats(i, text);
			if (found) caveats.push(...found);
			else distribution.push(trimmedLine(i, text));
			last = i++;
			continue;
		}
		const end = readFields(i, 0);
		if (end === i && !seen.size) break;
		last = end;
		i = end + 1;
	}

	const parts = [eo, tags, subject, refs, classifiedBy].filter((part) => part !== undefined);
	const caption: Caption | undefined = parts.length
		? {
				range: spanOf(parts.map((part) => part.range)),
				eo,
				tags,
				subject,
				refs,
				classifiedBy,
			}
		: undefined;
	const blockLast = Math.max(last, start);
	const blockStart = banner ? banner.range.start : { line: start, character: 0 };
	return {
		block: {
			range: range(blockStart.line, blockStart.character, blockLast, lines[blockLast]!.length),
			banner,
			caveats,
			distribution,
			caption,
		},
		last: blockLast,
	};
}

function spanOf(ranges: ReadonlyArray<{ start: { line: number; character: number }; end: { line: number; character: number } }>) {
	let start = ranges[0]!.start;
	let end = ranges[0]!.end;
	for (const r of ranges) {
		if (isBefore(r.start, start)) start = r.start;
		if (isBefore(end, r.end)) end = r.end;
	}
	return { start, end };
}
