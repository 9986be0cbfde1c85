/**
 * What the first lines of a cable look like, written once: the VS Code client opens `.txt`
 * files whose first lines match as cables, package.json's `firstLine` is generated from these
 * patterns (scripts/manifest.mjs, run by `npm run build`), and the parser reads the
 * publishers' wrappers from the same openings. Files often begin with blank lines or a
 * publisher's wrapper, so a few leading lines are looked at, not only the first.
 *
 * Pure and free of imports: the client bundle takes this file and nothing else of the server.
 */

/** WikiLeaks page copies: `Viewing cable 07TOKYO374, TITLE`. */
export const VIEWING_CABLE_START = /^Viewing cable \S/;
/** WikiLeaks page copies without the title line: the labels come first, then the values. */
export const LABELS_START = /^(Identifier|Reference ID)\s*$/;

/** Lines that only a cable starts with: a publisher's wrapper or the telegram's own first line. */
const CABLE_START: readonly RegExp[] = [
	/^\s*VZCZC[A-Z]*\d*\s*$/,
	VIEWING_CABLE_START,
	LABELS_START,
	/^\s*(C O N F I D E N T I A L|S E C R E T|T O P\s+S E C R E T|U N C L A S)\b/,
	/^\s*(UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET)\s+(SECTION\s+\d+\s+OF\s+\d+\s+)?[A-Z][A-Z ]+\s\d{3,8}\s*$/,
	/^\s*[OPRZ](\s[OPRZ])?\s\d{6}Z\s[A-Z]{3}\s\d{2}\b/,
	/^Canonical ID:\s*\d{4}[A-Z]/,
	/^\d{2}[A-Z]{3,}\d{1,7}\s*$/,
	// PlusD PDF renderings open with this notice; flattened JSON exports with the references' ids.
	/^This record is a partial extract of the original cable\./,
	/^_id:\s*\d{2}[A-Z]{3,}\d/,
];

/** The patterns as one, for package.json's `firstLine` (VS Code tests it on the first line only). Each opens with `^`. */
export const FIRST_LINE_PATTERN = `^(?:${CABLE_START.map((pattern) => pattern.source.slice(1)).join('|')})`;

/** How many leading non-blank lines are worth looking at. */
const LINES_TO_SNIFF = 6;

/** The line (0-based) on which the text starts to look like a cable, if one of its first few non-blank lines does. */
export function cableStartLine(text: string): number | undefined {
	let seen = 0;
	const lines = text.slice(0, 4096).split(/\r\n|\r|\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.trim() === '') continue;
		if (CABLE_START.some((pattern) => pattern.test(line))) return i;
		if (++seen >= LINES_TO_SNIFF) return undefined;
	}
	return undefined;
}

export function looksLikeCable(text: string): boolean {
	return cableStartLine(text) !== undefined;
}
