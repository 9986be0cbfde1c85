/**
 * Tells whether the start of a plain-text file looks like a cable, so that `.txt` files from
 * Cablegate and PlusD mirrors open as cables. Files often begin with blank lines or a
 * publisher's wrapper, so a few leading lines are looked at, not only the first.
 */
const CABLE_START = [
	/^\s*VZCZC[A-Z]*\d*\s*$/,
	/^Viewing cable \S+/,
	/^(Identifier|Reference ID)\s*$/,
	/^\s*(C O N F I D E N T I A L|S E C R E T|T O P\s+S E C R E T|U N C L A S)\b/,
	/^\s*(UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET)\s+(SECTION\s+\d+\s+OF\s+\d+\s+)?[A-Z][A-Z ]+\s\d{3,8}\s*$/,
	/^\s*[OPRZ](\s[OPRZ])?\s\d{6}Z\s[A-Z]{3}\s\d{2}\b/,
	/^Canonical ID:\s*\d{4}[A-Z]/,
	/^\d{2}[A-Z]{3,}\d{1,7}\s*$/,
];

/** How many leading non-blank lines are worth looking at. */
const LINES_TO_SNIFF = 6;

export function looksLikeCable(text: string): boolean {
	let seen = 0;
	for (const line of text.slice(0, 4096).split(/\r\n|\r|\n/)) {
		if (line.trim() === '') continue;
		if (CABLE_START.some((pattern) => pattern.test(line))) return true;
		if (++seen >= LINES_TO_SNIFF) return false;
	}
	return false;
}
