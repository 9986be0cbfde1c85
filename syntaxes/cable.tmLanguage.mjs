/**
 * The source of cable.tmLanguage.json (scope `source.cable`). Its regular expressions share named
 * fragments (the four classification levels, routing indicators, page markers, paragraph starts),
 * so each is written once here. `node syntaxes/cable.tmLanguage.mjs` writes the JSON; with
 * `--check` it only fails when the committed JSON is out of date, as the grammar tests do.
 *
 * Every rule is line-local, anchored at the line start where the element allows it, and every
 * repetition that could run along a reflowed 50,000-character line is bounded.
 *
 * Linear time. VS Code tokenizes every visible line in its renderer, and the corpus has lines of
 * 50,000 characters, so the time a line takes must grow in proportion to its length, whatever it holds
 * (test/grammar/linear-time.test.ts times runs of blanks, dashes, digits, "(C) " inserted into the
 * fixtures). The engine tries each pattern at every position of the line until one matches; so:
 *
 * 1. An unanchored pattern fails within a bounded distance of where it was tried: it must not begin
 *    with, or reach early, a run that can cover most of the line (`\s*`, `.*`, `\s{2,}`) and fail
 *    after it, or the search is quadratic. Anchor it (`^`, a lookbehind gate such as `(?<!\s)` so that
 *    only the start of a run is tried), or bound the run where the field has a natural size.
 * 2. No two adjacent or nested unbounded repetitions can share characters (`\s*\\?\s*`, `.*?\s*$`,
 *    `[^"]*?` then `\s+`): make the first possessive (`\s*+`, `\S++`) or atomic (`(?>...)`) where
 *    what follows cannot start with what it repeats, or end a lazy field on a non-blank
 *    (`TRIMMED`, `LINE_END`) so that no run of blanks is split. Ruby syntax: `{n,m}+` is not
 *    possessive; write `(?>x{n,m})`.
 * 3. A capture with `patterns` is read by copying the line up to the capture's end: only rules that
 *    match once per line (anchored at the line start) may have them (`checkLinearRules` fails the
 *    build otherwise). Elsewhere give each part its own group (REASON_LIST), or make the rule a
 *    begin/end region whose patterns read the part (portion marks, SUBJECT within a line).
 * 4. A lookbehind or lookahead holds a bounded pattern only.
 *
 * Compare the tokens of the corpus before and after any change (adjacent tokens with equal scopes
 * merged, as VS Code sees them); the rewrites above keep them identical.
 *
 * Line-start rules are written with `^`; on output, `anchorLineStarts` turns them into `\G^` inside
 * an unnamed wrapper whose `while: '^'` puts the `\G` anchor at column 0 of every line. The engine
 * then rejects them at once at every other column instead of trying each of them there, which on
 * long lines is most of the work. See `anchorLineStarts` and the two `-frame` rules for the one case
 * where the anchor would be lost.
 *
 * The top level is then read in two parts (`splitTopLevel`): at column 0, `top-level`, where runs of
 * match rules are merged into one regular expression each (`mergeAnchored`); from the first
 * character where none of it matches, `rest-of-line`, with only the rules that can match mid-line.
 * The lists written below (metadata, caption, body...) are the source of both and are not in the
 * JSON themselves. Case-insensitive words get a lookahead on their first character
 * (`caselessStart`). Each of these keeps the tokens identical: compare the tokens of the corpus
 * before and after any change of this kind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const R = String.raw;

// ---------------------------------------------------------------- shared fragments
const PILCROW = '[¶\\x{FFFD}]';
const PREC_WORD = R`NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE`;
const MONTH = R`(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
const CLASS_SUFFIX = R`(?://(?:NOFORN|NF|FOR OFFICIAL USE ONLY|FOUO|ORCON|REL TO [A-Z]{2,5}(?:, ?[A-Z]{2,5}){0,8}|[A-Z]{2,6}))*`;
const ROLE_SCOPE = (level, role) => `constant.language.classification.${level}.${role}.cable`;
const LEVELS = ['topsecret', 'secret', 'confidential', 'unclassified'];

// Classification words per level, plain and letter-spaced, in the order a regex must try them.
const WORDS = {
	topsecret: { spaced: R`(?i:T O P {1,2}S E C R E T)`, plain: R`TOP SECRET|Top Secret` },
	secret: { spaced: R`(?i:S E C R E T)`, plain: R`SECRET|Secret` },
	confidential: { spaced: R`(?i:C O N F I D E N T I A L)`, plain: R`CONFIDENTIAL|Confidential` },
	unclassified: {
		spaced: R`(?i:U N C L A S(?: S I F I E D)?)`,
		plain: R`UNCLASSIFIED|Unclassified|UNCLAS|Unclas|LIMITED OFFICIAL USE`,
	},
};
// Case-insensitive words are tried by the engine at every character of a line: `(?i:...)` gives it
// no first character to skip ahead to. `caselessStart` is a lookahead, put in front of them, that
// does: the letters the words begin with, in either case, and the other characters that oniguruma
// folds to a string beginning with one of them (Unicode case folding: ſ to s, ß to ss, ﬁ to fi,
// the Kelvin sign to k; for a to z these are all). So the lookahead admits every character the words
// can begin with, and the rule matches exactly where it did without it. Characters outside ASCII
// are listed as alternatives: in a bracket class they cost the engine its skip.
const FOLDED_FROM = {
	f: ['FB00', 'FB01', 'FB02', 'FB03', 'FB04'],
	k: ['212A'],
	s: ['DF', '17F', '1E9E', 'FB05', 'FB06'],
};
const initials = (words) =>
	words
		.split('|')
		.map((word) => word[0])
		.join('');
const caselessStart = (letters, then = '') => {
	const lower = [...new Set(letters.toLowerCase())];
	const folded = lower.flatMap((l) => FOLDED_FROM[l] ?? []).map((code) => R`|\x{${code}}${then}`);
	return `(?=[${lower.map((l) => l.toUpperCase() + l).join('')}]${then}${folded.join('')})`;
};
const levelAlternatives = (pick) => LEVELS.map((l) => `(${pick(WORDS[l])})`).join('|');
const levelCaptures = (first, role, extra = {}) =>
	Object.fromEntries(LEVELS.map((l, i) => [String(first + i), { name: ROLE_SCOPE(l, role), ...extra }]));

const BANNER_CAPTURES = {
	...levelCaptures(1, 'banner', { patterns: [{ include: '#classification-suffix' }] }),
	5: { name: 'keyword.other.section.cable' },
	6: { name: 'constant.numeric.section.cable' },
	7: { name: 'keyword.other.section.cable' },
	8: { name: 'constant.numeric.section.cable' },
	9: { name: 'string.unquoted.post.cable' },
	10: { name: 'constant.numeric.serial.cable' },
	11: { name: 'variable.other.constant.cable-id.cable' },
	12: { name: 'keyword.other.entire-text.cable' },
};

const PORTION_LEVEL = {
	topsecret: R`TS|TOP SECRET`,
	secret: R`S|SECRET|Secret`,
	confidential: R`C|CONFIDENTIAL|Confidential`,
	unclassified: R`SBU|U|FOUO|LOU|UNCLASSIFIED|Unclassified`,
};
// "(C)", "(S//NF)", "(SBU)", "(C/REL TO UK)", "(SNF)": a level word, then caveats after a slash or space.
const portion = (level) =>
	R`\(\s{0,3}(?i:${PORTION_LEVEL[level]})(?:(?i:NF)|(?:\s{0,3}/{1,2}\s{0,3}|\s++|-)[A-Za-z][-A-Za-z ,/]{0,40}?)?\s{0,3}\)`;
const portionCaptures = (first) => levelCaptures(first, 'portion', { patterns: [{ include: '#portion-caveat' }] });
// A portion mark away from the line start, as a region from its `(` to its `)` (the first one: the
// caveats hold none) whose caveats are read by its patterns, one rule per level: marks come many to a
// line, and a capture with patterns would copy the line up to each of them (rule 3 at the top).
// `before` is what precedes the mark, matched by the region's start; its `captures` name its groups.
const portionRegions = (before, captures = {}) =>
	LEVELS.map((level) => ({
		begin: R`${before}(?=${portion(level)})(\()`,
		beginCaptures: { ...captures, [groupCount(before) + 1]: { name: ROLE_SCOPE(level, 'portion') } },
		end: R`\)`,
		endCaptures: { 0: { name: ROLE_SCOPE(level, 'portion') } },
		contentName: ROLE_SCOPE(level, 'portion'),
		patterns: [{ include: '#portion-caveat' }],
	}));
// At a line start, after a colon or a dash bullet: places where "(C)" is a portion mark rather than
// the third item of a list. The mark after a paragraph number belongs to the paragraph rule.
const PORTION_CONTEXT = R`(?<=^|^\s|^\s\s|:\s|:\s\s|--|--\s)`;

// The rest of a line from a non-blank to its last non-blank: `.*` runs to the end and gives back the
// trailing blanks once, where `\S.*?\s*$` would try the end of the line after every character.
const TRIMMED = R`\S(?:.*\S)?`;
const RI = R`[A-Z]{4,7}`;
const MARKING = R`(?i:SIPDIS|NOFORN|SENSITIVE BUT UNCLASSIFIED|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS|ROGER CHANNEL|ROGER|NOT FOR INTERNET DISTRIBUTION|CHEROKEE|NIACT|DISSENT CHANNEL|FOR OFFICIAL USE ONLY|NOCONTRACT|PROPIN|ORCON|E F T O|EFTO)`;
// An addressee line: capitals, digits and the punctuation of plain-language addresses, and none of
// the lines that follow an address list (banner, caption, end of header).
const ADDRESS_WHILE = R`^(?=[ \t]*[A-Z0-9#])(?![ \t]*(?:C O N|S E C|T O P|U N C|UNCLAS\b|UNCLASSIFIED\b|CONFIDENTIAL\b|SECRET\b|TOP SECRET\b|LIMITED OFFICIAL USE\b|E\.\s?O\.|EO \d|TAGS?\b|SUBJ|SIPDIS|NOFORN|BT\s*$|NNNN?\s*$|PAGE \d|FM\s|[A-Z]{1,6}-\d\d\b|\d+\s*$|\d{4}-\d\d-\d\d|\d{2}(?:\d{2})?[A-Z]{3,}\d+\s*$))(?=[-A-Z0-9 \t/&.,'()#:\\"]{1,150}$)`;
const CAVEAT_WORDS = R`SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|STADIS|NOCONTRACT|PROPIN|ORCON|CHEROKEE`;
const SBU_WORDS = R`SENSITIVE BUT UNCLASSIFIED|FOR OFFICIAL USE ONLY`;
const TAG_TOKEN = R`[A-Za-z][\w&/-]{0,11}`;
// The end of a line after its content: blanks, perhaps the backslash of a reflowed export, blanks.
// Possessive: the engine never splits a run of blanks between the two.
const LINE_END = R`\s*+(?:\\\s*+)?$`;
const RULE = R`(?>[-=]{4,}(?: [-=]++)*+)`;
const RULE_LINE = R`^\s*+(${RULE})${LINE_END}`;
// The post's name ends with a letter or a mark, so that the name never ends inside the blanks before
// the number and each run of blanks is read once.
const PAGE_MARKER = R`[A-Za-z][A-Za-z .'-]{0,29}?[A-Za-z.'-]\s++\d{8}\s{1,3}\d{3}(?:\.\d{1,2})?\s++(?i:OF)\s++\d{3}`;
const PARAGRAPH_START = R`${PILCROW}?\d{1,3}\s?[.)](?:\s|\(|$|[A-Za-z"'])`;
// A heading title: one short line that is not a rule, a paragraph, a page marker or a foot line and
// does not end like a sentence.
const TITLE_LIKE = R`(?!\s*[-=]{4})(?!\s*${PARAGRAPH_START})(?!\s*+(?:${PAGE_MARKER}${LINE_END}|PAGE\s+\d))(?!\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s*$)(?!\s*(?:E\.\s?O\.|EO\s\d|TAGS?(?::|\s)|SUBJ(?:ECT)?\s*:|REF(?:TELS?|S)?\.?\s*:|(?i:classified\s?by)|SIPDIS|NOFORN))(?=\s*+\S.{0,100}$)(?!.*[.,;]\s*+$)`;
// A line that continues a TAGS list: tag-shaped words only, all capitals or comma-separated.
const TAGS_CONTINUATION = R`(?![ \t]*(?:SIPDIS|NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS|UNCLAS|CONFIDENTIAL|SECRET)\b)(?=\s*${TAG_TOKEN}(?:(?:\s*+[,;]\s*+|\s++)${TAG_TOKEN}){0,20}\s*+(?:[,;]\s*+)?$)(?=[^a-z]*$|.{0,150}[,;])`;
const TAGS_INLINE_KEY = R`TAGS?|Tags?`;
// Where TAGS within a line ("E.O. 12958: N/A TAGS: PGOV PREL") stop: a double space or the next field.
const TAGS_INLINE_STOP = R`\s{2}|\s(?:SUBJECT|SUBJ|Subject|REF|Ref|E\.O\.|Classified|CLASSIFIED)\b`;
// The letters after "1.4": "(b) and (d)", "B/D", "b, d", "(B), (C) & (D".
const REASON_LETTER = R`[a-hA-H](?![A-Za-z])`;
const REASON_SHAPE = R`[\s,:(]{0,4}${REASON_LETTER}(?:[\s,/&+()]{1,6}(?:(?:and|AND|And|an d)[\s(]{1,3})?${REASON_LETTER}){0,7}\)?`;
// The same list with each letter in a group of its own, named by REASON_LIST_CAPTURES: the letters get
// their scope without a capture read against further patterns (rule 3 at the top). The nested optional
// groups try the letters in the order `{0,7}` does. The `d` of "an d" is a letter on its own, as the
// reason-letter rule found it in the list.
const REASON_LIST = ((letters) => {
	let more = '';
	for (let i = 1; i < letters; i++) more = R`(?:[\s,/&+()]{1,6}(?:(?:and|AND|And|an (d))[\s(]{1,3})?(${REASON_LETTER})${more})?`;
	return R`[\s,:(]{0,4}(${REASON_LETTER})${more}\)?`;
})(8);
const REASON_LIST_CAPTURES = (first) =>
	Object.fromEntries(
		Array.from({ length: groupCount(REASON_LIST) }, (_, i) => [String(first + i), { name: 'constant.character.reason.cable' }]),
	);
// "(b, d)", "(B AND D)": a letter run into "and" is not a reason letter (the reason-letter rule's
// lookarounds), so each letter is captured only when it stands alone.
const PARENTHESISED_REASONS = ((letters) => {
	const letter = R`(?:((?<![A-Za-z])[a-hA-H](?![A-Za-z]))|[a-hA-H])`;
	let more = '';
	for (let i = 1; i < letters; i++) more = R`(?:\s?(?:,|/|&|and|AND|And)\s?${letter}${more})?`;
	return R`\(\s?${letter}${more}\s?\)`;
})(8);
const REASON_TAIL = R`[\s,/&(]*+(?:(?:and|AND|And|an d|ND|nd)\s++)?\(?${REASON_LETTER}(?:[\s,/&()]{1,6}(?:(?:and|AND|And|an d)[\s(]{1,3})?${REASON_LETTER}){0,7}[\s).\\]*+`;
// `REF. STATE 184178`: after the keyword's full stop, a post and a serial open the field without a colon.
const REF_POST_SERIAL = R`[A-Z]{2,}(?: [A-Z]{2,}){0,2} \d`;
// A line that continues a REF field: anything short that is not the next field, paragraph or banner.
const REF_WHILE = R`^(?=[ \t]*\S)(?![ \t]*(?:${PARAGRAPH_START}|\(U\)\s*(?i:classified)|(?i:classified\s?by)|E\.\s?O\.|TAGS?\b|SUBJ|SIPDIS|C O N|S E C|UNCLAS|[-=*_]{4}|${PAGE_MARKER}|PAGE\s+\d))(?=.{0,300}$)`;
// What follows the classification on a banner line: SECTION NN OF MM, then the post and serial.
const BANNER_TAIL = R`(?:\s+((?i:SECTION))\s+(\d{1,3})\s+((?i:OF))\s+(\d{1,3}))?(?:\s++((?:\d{2}\s++)?[A-Za-z](?:[A-Za-z .'-]{0,29}?[A-Za-z.'-])?)\s++(\d{3,8})\b)?(?:\s+(PTQ\d+))?(?:\s?-{1,2}\s?((?i:ENTIRE TEXT))\b)?`;

// Where a SUBJECT within a line ends: a double space, the next field, the end of the line.
const SUBJECT_INLINE_STOP = R`\s{2}|\s++(?:REF|REFS|Ref|Classified|CLASSIFIED)\b|\s*+$`;
const CLASSIFIED_BY_CAPTURES = { 1: { name: 'keyword.other.classified-by.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } };

// E.O. 12958: DECL: 01/26/2017, after the line start or a space.
const EO_LINE = R`((?i:E\.\s?O\.|EO(?=\s?\d{4,5}\b)))(?:\s*+(\d{4,5})\b)?(?:\s*+(:))?(?:\s*+((?i:DECL(?:ASSIFY)?(?:\s+ON)?|DNG|DECLASSIFIED(?: BY NARA)?))\s*+(:)?)?(?:\s*+(?i:DECL)\s*+:)?(?:\s*+(?:(\d{1,4}[/-]\d{1,2}[/-]\d{1,4})|(N/ ?A|OADR|X?GDS(?:-\d)?|NGDS|[A-Z]{2} \d{1,2}/\d{1,2}/\d{2,4}))\b)?`;
const EO_CAPTURES = {
	1: { name: 'keyword.other.eo.cable' },
	2: { name: 'constant.numeric.order.cable' },
	3: { name: 'punctuation.separator.key-value.cable' },
	4: { name: 'keyword.other.decl.cable' },
	5: { name: 'punctuation.separator.key-value.cable' },
	6: { name: 'constant.numeric.date.decl.cable' },
	7: { name: 'string.unquoted.decl.cable' },
};

// ---------------------------------------------------------------- grammar
// What a line is read against, at the top of the document and again after a frame (below).
const TOP_LEVEL = [
	{ include: '#metadata' },
	{ include: '#transmission-header' },
	{ include: '#legacy-header' },
	{ include: '#banner' },
	{ include: '#caption' },
	{ include: '#body' },
	// Last, so that it starts only where no rule above matches.
	{ include: '#rest-of-line' },
];

const grammar = {
	$schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
	name: 'Cable',
	scopeName: 'source.cable',
	// An unnamed rule around everything: its `while` matches at column 0 of each line, which is
	// where the `\G` of the line-start rules then matches (see anchorLineStarts).
	patterns: [{ begin: '^', while: '^', patterns: TOP_LEVEL }],
	repository: {
		// A multi-line begin/end rule that ends without consuming at column 0 leaves the engine
		// without its `\G` anchor for the rest of that line, so no line-start rule could match there.
		// Such rules (heading-boxed, tags-inline) sit in a frame that opens where they begin. When
		// the rule ends at column 0 the frame is what remains, and its `line-after-frame` starts
		// there (`^` without `\G`: only where the anchor is gone), which restores the anchor and reads
		// the line as the top level would; the frame closes at the end of that line, or where the
		// rule ends within a line.
		'line-after-frame': {
			begin: R`^(?!\G)(?=.)`,
			end: '$',
			patterns: TOP_LEVEL,
		},
		// The rest of a line, from the first character where no top-level rule matches: read against
		// the rules that can match away from column 0 only, in the top level's order (splitTopLevel
		// fills in its patterns). Without it, every top-level rule is tried along the whole line:
		// on lines under 1,000 bytes the engine tries each line-start rule at every character, and on
		// longer ones it searches the whole line once per rule in each of the top level's scanners.
		// Unnamed and zero-width, it adds no scope and no token boundary: it starts where the last
		// token ended, and ends at the end of the line (or later, under a rule that spans lines).
		'rest-of-line': {
			begin: '(?=.)',
			// `\Z` is `$` here (a line reaches the engine with one newline, at its end), but the engine
			// can go straight to it, where it tries `$` at every character.
			end: R`\Z`,
			patterns: [],
		},
		// ------------------------------------------------------------ publisher metadata
		metadata: {
			patterns: [
				{ include: '#metadata-viewing-cable' },
				{ include: '#metadata-values' },
				{ include: '#metadata-label' },
				{ include: '#metadata-cable-title' },
				{ include: '#metadata-classification-key' },
				{ include: '#metadata-key' },
				{ include: '#publisher-notice' },
				{ include: '#metadata-cable-id' },
				{ include: '#metadata-date' },
			],
		},
		'metadata-viewing-cable': {
			match: R`^(Viewing cable)\s++([^\s,]+)(,)\s*+(.*)$`,
			captures: {
				1: { name: 'keyword.other.metadata.cable' },
				2: { name: 'variable.other.constant.cable-id.cable' },
				3: { name: 'punctuation.separator.cable' },
				4: { name: 'string.unquoted.title.metadata.cable' },
			},
		},
		// The labels come first, one per line, then their values in the same order; the origin is
		// the first value that is not an id, a date or a classification.
		'metadata-values': {
			begin: R`^(Origin)\s*$`,
			beginCaptures: { 1: { name: 'keyword.other.metadata.cable' } },
			end: R`^\s*+(?!\d|UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)(${TRIMMED})\s*$`,
			endCaptures: { 1: { name: 'string.unquoted.origin.metadata.cable' } },
			patterns: [{ include: '#metadata-cable-id' }, { include: '#metadata-date' }, { include: '#metadata-classification-value' }],
		},
		'metadata-label': {
			match: R`^(Identifier|Reference ID|Created|Released|Classification|Origin)\s*$`,
			captures: { 1: { name: 'keyword.other.metadata.cable' } },
		},
		'metadata-cable-title': {
			begin: R`^(Cable title)(:)`,
			beginCaptures: { 1: { name: 'keyword.other.metadata.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
			end: R`^\s*+(${TRIMMED})\s*$`,
			endCaptures: { 1: { name: 'string.unquoted.title.metadata.cable' } },
		},
		'metadata-classification-key': {
			match: R`^(Original Classification|Current Classification|classification)(:)\s*(?:${levelAlternatives((w) => w.plain)})?`,
			captures: {
				1: { name: 'keyword.other.metadata.cable' },
				2: { name: 'punctuation.separator.key-value.cable' },
				...levelCaptures(3, 'metadata', { patterns: [{ include: '#classification-suffix' }] }),
			},
		},
		'metadata-classification-value': {
			match: R`^\s*(?:(TOP SECRET${CLASS_SUFFIX})|(SECRET${CLASS_SUFFIX})|(CONFIDENTIAL${CLASS_SUFFIX})|((?:UNCLASSIFIED|LIMITED OFFICIAL USE)${CLASS_SUFFIX}))\s*$`,
			captures: levelCaptures(1, 'metadata', { patterns: [{ include: '#classification-suffix' }] }),
		},
		'metadata-key': {
			match: R`^(Date|Canonical ID|Handling Restrictions|Character Count|Executive Order|Locator|Concepts|Enclosure|Type|Office Origin|Office Action|Archive Status|From|Markings|To|Capture Date|Film Number|Legacy Key|Review History|Secure|Status|Channel Indicators|Disposition (?:Action|Approved on Date|Case Number|Date|Event|History|Reason|Remarks)|Draft Date|Errors|Message ID|Previous Channel Indicators|Previous Classification|Previous Handling Restrictions|Retention|Review (?:Action|Content Flags|Date|Event|Exemptions|Markings|Media Identifier|Referrals|Release Date|Release Event|Transfer Date|Withdrawn Fields)|Sent|_id|origin|date_time)(:)\s?(.*)$`,
			captures: {
				1: { name: 'keyword.other.metadata.cable' },
				2: { name: 'punctuation.separator.key-value.cable' },
				3: { name: 'string.unquoted.metadata.cable' },
			},
		},
		'publisher-notice': {
			match: R`^\s*(pdf\s+how-to read a cable|This record is a partial extract of the original cable\. The full text of the original cable is not available\.|Raw content|Metadata|Copy from the National Archives|Original Telegram was [A-Za-z]+ but has since been)`,
			captures: { 1: { name: 'comment.line.notice.cable' } },
		},
		'metadata-cable-id': {
			match: R`^\s*(\d{2}(?:\d{2})?[A-Z][A-Z0-9]{1,40}?\d{1,7}(?:_[a-z]+)?)(?:\s++(-)\s++(?:${levelAlternatives((w) => w.plain)}))?\s*+$`,
			captures: {
				1: { name: 'variable.other.constant.cable-id.cable' },
				2: { name: 'punctuation.separator.cable' },
				...levelCaptures(3, 'metadata'),
			},
		},
		'metadata-date': {
			patterns: [
				{
					match: R`^\s*(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4})\s*$`,
					captures: { 1: { name: 'constant.numeric.date.cable' } },
				},
				{
					// Guardian-style date lines inserted by a mirror: "Wednesday, 29 November 2000, 13:59".
					match: R`^\s*(?:US\s+)?((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}, \d{1,2}:\d{2})\s*$`,
					captures: { 1: { name: 'constant.numeric.date.cable' } },
				},
			],
		},
		'classification-suffix': {
			patterns: [
				{
					match: R`(//)([A-Z][A-Z ,]*)`,
					captures: { 1: { name: 'punctuation.separator.caveat.cable' }, 2: { name: 'storage.modifier.caveat.cable' } },
				},
				{ match: R`\b(?i:E F T O)\b`, name: 'storage.modifier.caveat.cable' },
			],
		},

		// ------------------------------------------------------------ ACP 127 header
		'transmission-header': {
			patterns: [
				{ include: '#transmission-id' },
				{ include: '#relay' },
				{ include: '#de-line' },
				{ include: '#security-line' },
				{ include: '#dtg-line' },
				{ include: '#from-line' },
				{ include: '#address-list-with-indicator' },
				{ include: '#bt' },
				{ include: '#end-of-message' },
			],
		},
		'transmission-id': {
			match: R`^\s*(VZCZC)([A-Z]{0,4})(\d{0,6})(?=\s|\\|$)`,
			captures: {
				1: { name: 'keyword.other.transmission-id.cable' },
				2: { name: 'variable.other.channel.cable' },
				3: { name: 'constant.numeric.channel-serial.cable' },
			},
		},
		// FL2: the precedence prosign, then the stations this copy was relayed to; the list may wrap.
		relay: {
			begin: R`^\s*(ZZ|OO|PP|RR|NN|YY)(?=\s+${RI}\b)`,
			beginCaptures: { 1: { name: 'keyword.control.precedence.prosign.cable' } },
			while: R`^\s*(?=R[A-Z]{3,6}(?:\s|\\|$))`,
			patterns: [{ include: '#routing-indicator' }],
		},
		'routing-indicator': {
			match: R`\b${RI}\b`,
			name: 'entity.name.type.routing-indicator.cable',
		},
		'de-line': {
			match: R`^\s*(DE)\s+(${RI})(?:\s+(#)(\d{1,6})(?:(/)(\d{1,3}))?)?(?:\s+(\d{3})(\d{4}))?\b`,
			captures: {
				1: { name: 'keyword.other.de.cable' },
				2: { name: 'entity.name.type.routing-indicator.cable' },
				3: { name: 'punctuation.definition.serial.cable' },
				4: { name: 'constant.numeric.serial.cable' },
				5: { name: 'punctuation.separator.section.cable' },
				6: { name: 'constant.numeric.section.cable' },
				7: { name: 'constant.numeric.julian-day.cable' },
				8: { name: 'constant.numeric.time.cable' },
			},
		},
		'security-line': {
			begin: R`^\s*(ZN[YR])\b`,
			beginCaptures: { 1: { name: 'keyword.other.security-signal.cable' } },
			end: '$',
			patterns: [
				{ match: R`(?<=\s)(T{2,5}A*)\b`, name: ROLE_SCOPE('topsecret', 'security') },
				{ match: R`(?<=\s)(S{2,5}A*)\b`, name: ROLE_SCOPE('secret', 'security') },
				{ match: R`(?<=\s)(C{2,5}A*)\b`, name: ROLE_SCOPE('confidential', 'security') },
				{ match: R`(?<=\s)([UE]{2,5}A*)\b`, name: ROLE_SCOPE('unclassified', 'security') },
				{
					match: R`(/)([A-Z]{5})\b`,
					captures: { 1: { name: 'punctuation.separator.cable' }, 2: { name: 'storage.modifier.caveat.cable' } },
				},
				{ include: '#operating-signal' },
				{ include: '#service-text' },
			],
		},
		'operating-signal': {
			match: R`\bZ[A-Z]{2}(?:[A-Z0-9]*)\b`,
			name: 'keyword.other.operating-signal.cable',
		},
		'service-text': {
			match: R`\([^()]{1,80}\)|//[^/]{1,40}//`,
			name: 'string.unquoted.service.cable',
		},
		// FL5: one or two precedence letters and the date-time group; service codes may follow.
		'dtg-line': {
			patterns: [
				{
					match: R`^\s*([ZOPRYN])(?:\s+([ZOPRYN]))?\s+(\d{6}\s?Z\s+${MONTH}\s+\d{2}(?:\d{2})?)(?!\d)(.{0,200})`,
					captures: {
						1: { name: 'keyword.control.precedence.cable' },
						2: { name: 'keyword.control.precedence.cable' },
						3: { name: 'constant.numeric.dtg.cable' },
						4: { patterns: [{ include: '#operating-signal' }, { include: '#service-text' }] },
					},
				},
				{
					// Partial extracts carry the DTG alone, in mixed case: "291359Z Nov 00".
					match: R`^\s*(\d{6}Z\s+${MONTH}\s+\d{2}(?:\d{2})?)\s*$`,
					captures: { 1: { name: 'constant.numeric.dtg.cable' } },
				},
			],
		},
		// FL6-FL8: the originator, then TO / INFO / XMT lists whose continuation lines carry no keyword.
		'from-line': {
			begin: R`^\s*+(FM|FROM)\s++([A-Z](?:[-A-Z0-9 /&.,'()#:]{0,119}?[-A-Z0-9/&.,'()#:])?)\s*+$`,
			beginCaptures: { 1: { name: 'keyword.other.from.cable' }, 2: { name: 'string.unquoted.address.cable' } },
			while: ADDRESS_WHILE,
			patterns: [{ include: '#addressee' }, { include: '#banner-anywhere' }],
		},
		// A list met without its FM line, or resumed after a blank line.
		'address-list-with-indicator': {
			begin: R`^(?=\s*(?:(?:TO|INFO|XMT)\s+[A-Z]{3,7}|R[A-Z]{3,6})/[A-Z])`,
			while: ADDRESS_WHILE,
			patterns: [{ include: '#addressee' }, { include: '#banner-anywhere' }],
		},
		addressee: {
			match: R`^\s*+(?:(?:(TO)|(INFO)|(XMT))\s++)?(?:([A-Z]{3,7})(/))?([^\s/"](?:[^\s"]|\s++(?=[^\s"]))*?)?(?:\s++(${PREC_WORD}|[OPRZ]))?(?:\s++(\d{4}(?:-\d{4})?))?\s*+(?:\\\s*+)?(?="|$)`,
			captures: {
				1: { name: 'keyword.other.to.cable' },
				2: { name: 'keyword.other.info.cable' },
				3: { name: 'keyword.other.xmt.cable' },
				4: { name: 'entity.name.type.routing-indicator.cable' },
				5: { name: 'punctuation.separator.address.cable' },
				6: { name: 'string.unquoted.address.cable' },
				7: { name: 'keyword.control.precedence.cable' },
				8: { name: 'constant.numeric.sequence.cable' },
			},
		},
		bt: { match: R`^\s*(BT)\s*$`, captures: { 1: { name: 'keyword.other.bt.cable' } } },
		'end-of-message': {
			patterns: [
				{ match: R`^\s*(NNNN?)\s*$`, captures: { 1: { name: 'keyword.other.end-of-message.cable' } } },
				{
					match: R`^\s*(#)(\d{4})\s*$`,
					captures: { 1: { name: 'punctuation.definition.serial.cable' }, 2: { name: 'constant.numeric.serial.cable' } },
				},
			],
		},

		// ------------------------------------------------------------ older received copies
		'legacy-header': {
			patterns: [
				{
					begin: R`^\s*+(PAGE)\s++(\d{1,3})\b(?:\s++([A-Z](?:[A-Z .']{0,24}?[A-Z.'])?)\s++(\d{4,8})\b)?`,
					beginCaptures: {
						1: { name: 'keyword.other.page.cable' },
						2: { name: 'constant.numeric.page.cable' },
						3: { name: 'string.unquoted.post.cable' },
						4: { name: 'constant.numeric.serial.cable' },
					},
					end: '$',
					patterns: [
						{
							match: R`\b(\d{2,3})\s+(OF)\s+(\d{2,3})\b`,
							captures: {
								1: { name: 'constant.numeric.page.cable' },
								2: { name: 'keyword.other.page.cable' },
								3: { name: 'constant.numeric.page.cable' },
							},
						},
						{ include: '#dtg' },
					],
				},
				{
					begin: R`^\s*(ACTION|INFO|ORIGIN)\s+(?=[A-Z]{1,6}-\d{2})`,
					beginCaptures: { 1: { name: 'keyword.other.distribution.cable' } },
					while: R`^\s+(?=[A-Z]{1,6}-\d{2}|/\d{3}\s?[A-Z]?\b)`,
					patterns: [{ include: '#office-code' }],
				},
				{
					match: R`^\s*+(?=[A-Z]{1,6}-\d{2}\s++[A-Z]{1,6}-\d{2}|/\d{3}\s?[A-Z]?\s*+$)(.*)$`,
					captures: { 1: { patterns: [{ include: '#office-code' }] } },
				},
				{
					match: R`^\s*+(DRAFTED BY|APPROVED BY|CLEARED BY|CLEARANCES?:|DRAFTED:|APPROVED:|CLEARED:)\s*+(.*)$`,
					captures: { 1: { name: 'keyword.other.distribution.cable' }, 2: { name: 'string.unquoted.office.cable' } },
				},
				{
					// The dashed counter line that closes the distribution block: "----------  064536".
					match: R`^\s*+(-{5,})\s*+([0-9A-F]{6})(?:\s++(\d{6}Z))?(?:\s++(/\d{1,3}))?\s*+$`,
					captures: {
						1: { name: 'punctuation.definition.counter.cable' },
						2: { name: 'constant.numeric.counter.cable' },
						3: { name: 'constant.numeric.dtg.cable' },
						4: { name: 'constant.numeric.counter.cable' },
					},
				},
			],
		},
		'office-code': {
			patterns: [
				{ match: R`(?<![A-Z-])[A-Z]{1,6}-\d{2}(?!\d)`, name: 'variable.other.office.cable' },
				{ match: R`/\d{3}\s?[A-Z]?\b`, name: 'constant.numeric.counter.cable' },
			],
		},

		// ------------------------------------------------------------ banners
		banner: {
			patterns: [
				{
					// Letter-spaced and UNCLAS banners are unmistakable wherever they start a line.
					match: R`^\s*(?:(${WORDS.topsecret.spaced})|(${WORDS.secret.spaced})|(${WORDS.confidential.spaced})|(${WORDS.unclassified.spaced}(?:\s+E F T O\b)?|(?i:UNCLAS)(?:\s+(?i:E F T O)\b)?))(?=\s|$|/)${BANNER_TAIL}`,
					captures: BANNER_CAPTURES,
				},
				{
					// Plain words are a banner only with a banner's shape, so that body lines beginning
					// with "SECRET TALKS" stay prose.
					match: R`^\s*(?:(TOP SECRET${CLASS_SUFFIX})|(SECRET${CLASS_SUFFIX})|(CONFIDENTIAL${CLASS_SUFFIX})|((?:UNCLASSIFIED|LIMITED OFFICIAL USE)${CLASS_SUFFIX}))(?=\s*$|\s+(?i:SECTION)\s+\d|\s++(?:\d{2}\s++)?[A-Za-z](?:[A-Za-z .']{0,29}?[A-Za-z.'])?\s++\d{3,8}\s*+$|\s+PTQ\d|\s*-\s*ENTIRE TEXT)${BANNER_TAIL}`,
					captures: BANNER_CAPTURES,
				},
				{
					// Sentence-cased renderings: "Confidential", "Unclassified Section 01 of 02 ...".
					match: R`^\s*(?:(Top Secret)|(Secret)|(Confidential)|(Unclassified))(?=\s*$|\s+(?i:SECTION)\s+\d|\s++[A-Za-z](?:[A-Za-z .']{0,29}?[A-Za-z.'])?\s++\d{3,8}\s*+$)${BANNER_TAIL}`,
					captures: BANNER_CAPTURES,
				},
			],
		},
		// ------------------------------------------------------------ caption block
		caption: {
			patterns: [
				{ include: '#caveat-line' },
				{ include: '#caveat-word' },
				{ include: '#eo-line' },
				{ include: '#eo-inline' },
				{ include: '#tags-line' },
				{ include: '#subject-line' },
				{ include: '#ref-block' },
				{ include: '#ref-items-resumed' },
				{ include: '#classified-by' },
				{ include: '#tags-inline-frame' },
				{ include: '#subject-inline' },
				{ include: '#ref-inline' },
				{ include: '#classified-by-inline' },
			],
		},
		// A line of handling markings only: "SENSITIVE, SIPDIS", "NOFORN SIPDIS", "SENSITIVE \".
		'caveat-line': {
			match: R`^\s*(?:${MARKING})(?:[\s,/]+(?:${MARKING}))*[\s.\\]*$`,
			captures: {
				0: {
					patterns: [
						{ include: '#sensitive-but-unclassified' },
						{ match: R`(?<![A-Za-z])${MARKING}(?![A-Za-z])`, name: 'storage.modifier.caveat.cable' },
					],
				},
			},
		},
		'caveat-word': {
			patterns: [
				{ include: '#sensitive-but-unclassified' },
				{
					match: R`${caselessStart(initials(CAVEAT_WORDS))}(?<![A-Za-z])(?i:${CAVEAT_WORDS})(?![A-Za-z])`,
					name: 'storage.modifier.caveat.cable',
				},
				{
					match: R`\b(?:ROGER CHANNEL|DISSENT CHANNEL|NOT FOR INTERNET DISTRIBUTION|C ?O ?R ?R ?E ?C ?T ?E ?D\s+C ?O ?P ?Y)\b`,
					name: 'storage.modifier.caveat.cable',
				},
				// SENSITIVE is a caveat next to other markings, not in prose.
				{
					match: R`(?<=SIPDIS[\s,]|SIPDIS,\s|SIPDIS\s\s|\d{3}\s|\d{3}\s\s)SENSITIVE\b|\bSENSITIVE(?=[\s,]+SIPDIS)`,
					name: 'storage.modifier.caveat.cable',
				},
			],
		},
		// SBU and FOUO are handling caveats that also mark the unclassified level: both scopes, level innermost.
		'sensitive-but-unclassified': {
			match: R`${caselessStart(initials(SBU_WORDS))}(?<![A-Za-z])(?i:${SBU_WORDS})(?![A-Za-z])`,
			name: 'storage.modifier.caveat.cable',
			captures: { 0: { name: ROLE_SCOPE('unclassified', 'banner') } },
		},
		// E.O. at the start of a line (below, `\G^` makes that a line-start rule) or after a space; two
		// rules so that rest-of-line takes only the second.
		'eo-line': { match: R`^\s*${EO_LINE}`, captures: EO_CAPTURES },
		'eo-inline': { match: R`(?<=\s)${EO_LINE}`, captures: EO_CAPTURES },
		// TAGS may wrap onto lines that hold nothing but further tags.
		'tags-line': {
			begin: R`^\s*((?i:TAGS?))(?:\s*(:)|(?=\s))`,
			beginCaptures: { 1: { name: 'keyword.other.tags.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
			while: R`^${TAGS_CONTINUATION}`,
			patterns: [{ include: '#subject-inline' }, { include: '#tag' }],
		},
		'tags-inline-frame': {
			begin: R`(?<=\s)(?=(?:${TAGS_INLINE_KEY}):)`,
			end: R`(?!^)(?=${TAGS_INLINE_STOP})|$`,
			patterns: [{ include: '#tags-inline' }, { include: '#line-after-frame' }],
		},
		// TAGS after other fields on the same line, as in "E.O. 12958: N/A TAGS: PGOV PREL".
		'tags-inline': {
			begin: R`(?<=\s)(${TAGS_INLINE_KEY})(:)`,
			beginCaptures: { 1: { name: 'keyword.other.tags.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
			end: R`(?=${TAGS_INLINE_STOP})|^(?!${TAGS_CONTINUATION})`,
			patterns: [{ include: '#tag' }],
		},
		tag: {
			patterns: [
				{
					match: R`(\()([^()]{1,60})(\))`,
					captures: {
						1: { name: 'punctuation.definition.person.begin.cable' },
						2: { name: 'string.unquoted.tag.person.cable' },
						3: { name: 'punctuation.definition.person.end.cable' },
					},
				},
				{ match: R`(?<![\w&/-])(?i:[ABCEKMOPST][A-Z]{3})(?![\w&/-])`, name: 'support.function.tag.subject.cable' },
				// Two capitals are a country code anywhere. Other two-letter words ("sy" in PlusD's "prel, pgov,
				// sy") only next to a separator or alone after the keyword: in tags spelled out in words
				// ("Visits and Travel of Prominent Individuals") "of" is a word of the tag, not a country.
				{
					match: R`(?<![\w&/-])(?:[A-Z]{2}|(?<=[,;|:]|[,;|:]\s|[,;|:]\s\s|^|^\s|^\s\s)[A-Za-z]{2}|[A-Za-z]{2}(?=\s{0,2}[,;|]))(?![\w&/-])`,
					name: 'support.type.tag.country.cable',
				},
				{ match: R`(?<![\w&/-])[A-Za-z][\w&/-]*`, name: 'support.variable.tag.other.cable' },
				{ match: R`[,;|]`, name: 'punctuation.separator.tag.cable' },
			],
		},
		'subject-line': {
			begin: R`^\s*(SUBJECT|SUBJ|Subject|Subj)\s*(:)\s*`,
			beginCaptures: { 1: { name: 'keyword.other.subject.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
			// The subject wraps onto following lines until a blank line or the next field.
			while: R`^(?=[ \t]*\S)(?![ \t]*(?:REF|Ref|Classified|CLASSIFIED|\(U\)|${PARAGRAPH_START}|E\.O|TAGS|SIPDIS|SUMMARY|Summary|C O N|S E C|UNCLAS|CONFIDENTIAL|SECRET|PAGE|-{3}|${PAGE_MARKER}))(?=.{0,150}$)`,
			contentName: 'string.unquoted.subject.cable',
			patterns: [{ include: '#portion-mark' }, { include: '#ref-inline' }, { include: '#classified-by-inline' }],
		},
		// A region, so that its portion marks are read without copying the line (rule 3 at the top).
		'subject-inline': {
			begin: R`(?<=\s)(SUBJECT|SUBJ|Subject)(:)\s*+(?=.{1,150}?${SUBJECT_INLINE_STOP})`,
			beginCaptures: { 1: { name: 'keyword.other.subject.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
			end: R`(?=${SUBJECT_INLINE_STOP})`,
			contentName: 'string.unquoted.subject.cable',
			patterns: [{ include: '#portion-mark' }],
		},
		// "REF: A. TOKYO 123" and the lines that continue it, as far as the next caption field or paragraph.
		'ref-block': {
			begin: R`^\s*(REFTELS?|REFS?\.?|Refs?\.?)(?:\s*(:)|(?=\.{2,})|\s+(?=[A-Z(]\S*\s*[:.)])|(?<=\.)\s+(?=${REF_POST_SERIAL}))`,
			beginCaptures: { 1: { name: 'keyword.other.ref.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
			while: REF_WHILE,
			patterns: [{ include: '#ref-keyword' }, { include: '#classified-by-inline' }, { include: '#reference' }],
		},
		// Lettered items after a blank line still belong to the REF above: "     ¶B. REYKJAVIK 90",
		// " B) Reykjavik 125". Without the pilcrow only an item that names a cable is taken for one.
		'ref-items-resumed': {
			begin: R`^(?=\s*${PILCROW}\s?\(?[A-Z][.)]\s|\s*+\(?[A-Z][.)]\s++(?:\d{2}\s++)?[A-Z][A-Za-z]++(?:\s[A-Z][A-Za-z]++){0,3}\s++-?\d{1,7}\b)`,
			while: REF_WHILE,
			patterns: [{ include: '#reference' }],
		},
		'ref-keyword': {
			match: R`^\s*(REFTELS?|REFS?\.?|Refs?\.?)(?=\s*:|\s+[A-Z(]\S*\s*[:.)]|(?<=\.)\s+${REF_POST_SERIAL})`,
			captures: { 1: { name: 'keyword.other.ref.cable' } },
		},
		'ref-inline': {
			begin: R`(?<=\s)(REFTELS?|REFS?|Refs?)(:)`,
			beginCaptures: { 1: { name: 'keyword.other.ref.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
			end: R`$|(?=\s(?i:classified\s?by)|(?<!\s)\s\s++${PARAGRAPH_START})`,
			patterns: [{ include: '#reference' }],
		},
		reference: {
			patterns: [
				{
					match: R`(?<![\w.])(?:(${PILCROW})\s?)?([A-Za-z][.)]|\([A-Z]\))(?=\s|[A-Z])`,
					captures: { 1: { name: 'punctuation.definition.paragraph.cable' }, 2: { name: 'entity.name.label.ref.cable' } },
				},
				{
					match: R`\b((?:\d{2}\s++)?[A-Z][A-Za-z]++(?:\s[A-Z][A-Za-z]++){0,3}\s++-?\d{1,7})\b(?![./]\d)`,
					name: 'variable.other.constant.reference.cable',
				},
				{ include: '#dtg' },
			],
		},
		'classified-by': {
			begin: R`^\s*(?:(\(U\))\s*)?((?i:Classified\s?By))\s*(:)?`,
			beginCaptures: {
				1: { name: ROLE_SCOPE('unclassified', 'portion') },
				2: { name: 'keyword.other.classified-by.cable' },
				3: { name: 'punctuation.separator.key-value.cable' },
			},
			while: R`^(?![ \t]*(?:${PILCROW}|\d{1,3}\s?[.)](?!\s?\d)|-{3}|(?:\(U\)\s*)?(?i:classified\s?by)))(?=.{0,200}$)(?=.{0,200}(?:\(\s?[a-hA-H]\b|1\.\s?[45]|[Rr]eason|REASON|\.${LINE_END})|${REASON_TAIL}$)`,
			patterns: [{ include: '#ref-inline' }, { include: '#classification-reason' }],
		},
		// With the first "1.4 (b)" within 200 characters: a region read for reasons that ends with it.
		'classified-by-inline': {
			patterns: [
				{
					begin: R`(?<=\s)((?i:Classified\s?By))\s*+(:)?(?=.{0,200}?\b1\.\s?[45]${REASON_SHAPE})`,
					beginCaptures: CLASSIFIED_BY_CAPTURES,
					end: R`\b(1\.\s?[45])${REASON_LIST}`,
					endCaptures: { 1: { name: 'constant.numeric.reason-section.cable' }, ...REASON_LIST_CAPTURES(2) },
					patterns: [{ include: '#classification-reason' }],
				},
				{ match: R`(?<=\s)((?i:Classified\s?By))\s*+(:)?`, captures: CLASSIFIED_BY_CAPTURES },
			],
		},
		'classification-reason': {
			patterns: [
				{ match: R`\b(?i:reasons?)\b`, name: 'keyword.other.reason.cable' },
				{
					match: R`\b(1\.\s?[45])(?:${REASON_LIST})?`,
					captures: { 1: { name: 'constant.numeric.reason-section.cable' }, ...REASON_LIST_CAPTURES(2) },
				},
				{
					// The end of a list wrapped onto its own line: "d).", "AND D.", "/d)".
					match: R`^${REASON_TAIL}$`,
					captures: { 0: { patterns: [{ include: '#reason-letter' }] } },
				},
				{
					// A reason wrapped onto the next line: "and (d)".
					match: PARENTHESISED_REASONS,
					captures: Object.fromEntries(
						Array.from({ length: groupCount(PARENTHESISED_REASONS) }, (_, i) => [
							String(i + 1),
							{ name: 'constant.character.reason.cable' },
						]),
					),
				},
			],
		},
		'reason-letter': { match: R`(?<![A-Za-z])[a-hA-H](?![A-Za-z])`, name: 'constant.character.reason.cable' },

		// ------------------------------------------------------------ body
		body: {
			patterns: [
				{ include: '#heading-boxed-frame' },
				{ include: '#heading-inline' },
				{ include: '#star-rule' },
				{ include: '#page-marker' },
				{ include: '#paragraph-marker' },
				{ include: '#paragraph-inline' },
				{ include: '#portion-mark' },
				{ include: '#classification-statement' },
				{ include: '#block-keyword' },
				{ include: '#signature' },
				{ include: '#banner-anywhere' },
				{ include: '#dtg' },
			],
		},
		'heading-boxed-frame': {
			begin: R`^(?=\s*+${RULE}${LINE_END})`,
			end: '$',
			patterns: [{ include: '#heading-boxed' }, { include: '#line-after-frame' }],
		},
		// A rule line, then (past blank lines) a short line: the title of a boxed heading. The closing rule
		// opens a box of its own, which the following paragraph closes at once.
		'heading-boxed': {
			begin: RULE_LINE,
			beginCaptures: { 1: { name: 'punctuation.definition.heading.cable' } },
			end: R`^(?=${TITLE_LIKE})\s*+(${TRIMMED})\s*$|^(?=\s*+[^\s\\])`,
			endCaptures: { 1: { name: 'markup.heading.section.cable' } },
		},
		'heading-inline': {
			match: R`^\s*+([-=]{3,})\s++(\S(?:.{0,78}\S)?)\s++([-=]{3,})${LINE_END}`,
			captures: {
				1: { name: 'punctuation.definition.heading.cable' },
				2: { name: 'markup.heading.section.cable' },
				3: { name: 'punctuation.definition.heading.cable' },
			},
		},
		'star-rule': { match: R`^\s*+((?>\*{5,}(?: \*++)*+))\s*+$`, captures: { 1: { name: 'punctuation.definition.heading.cable' } } },
		// Two rules, not one list of two: `rest-of-line` takes the second and not the first.
		'page-marker': { patterns: [{ include: '#page-marker-line' }, { include: '#page-marker-inline' }] },
		'page-marker-line': { match: R`^\s*+${PAGE_MARKER}(?=${LINE_END})`, name: 'comment.line.page-marker.cable' },
		'page-marker-inline': {
			match: R`\b[A-Za-z]{3,}\s\d{8}\s{1,2}\d{3}(?:\.\d{1,2})?\s(?i:OF)\s\d{3}\b`,
			name: 'comment.line.page-marker.cable',
		},
		// "1. (C)", "¶2.(S//NF)", "3) (U)": the number, then the portion mark when one follows.
		'paragraph-marker': {
			match: R`^\s{0,8}((?:(${PILCROW})\s?)?\d{1,3}\s?[.)])(?=\s|\(|$|[A-Za-z"'])(?:\s{0,20}(?:${LEVELS.map((l) => `(${portion(l)})`).join('|')}))?`,
			captures: {
				1: { name: 'constant.numeric.paragraph.cable' },
				2: { name: 'punctuation.definition.paragraph.cable' },
				...portionCaptures(3),
			},
		},
		// Flattened exports run paragraphs together: "... REFTEL.  2. (S) EMBASSY WILL ...".
		'paragraph-inline': {
			patterns: portionRegions(R`(?<=\S\s\s)((?:(${PILCROW})\s?)?\d{1,3}\.)\s{1,3}`, {
				1: { name: 'constant.numeric.paragraph.cable' },
				2: { name: 'punctuation.definition.paragraph.cable' },
			}),
		},
		'portion-mark': { patterns: portionRegions(PORTION_CONTEXT) },
		'portion-caveat': {
			match: R`(?<=[/\s-]|\([SsCc])(?i:NOFORN|NF|FOUO|FGI|ORCON|OC|PROPIN|REL(?:EASABLE)?\b[^)/]*|ENTIRE TEXT)`,
			name: 'storage.modifier.caveat.cable',
		},
		// "1. SECRET - ENTIRE TEXT." in older cables, in place of portion marks.
		'classification-statement': {
			match: R`${caselessStart('TSCUL')}(?<=\d[.)]|\d[.)]\s|\d[.)]\s\s|^|^\s)(?:((?i:TOP SECRET))|((?i:SECRET))|((?i:CONFIDENTIAL))|((?i:UNCLASSIFIED|LIMITED OFFICIAL USE)))\s?-{1,2}\s?((?i:ENTIRE TEXT))\b`,
			captures: { ...levelCaptures(1, 'banner'), 5: { name: 'keyword.other.entire-text.cable' } },
		},
		'block-keyword': {
			patterns: [
				{ match: R`${caselessStart('E')}\b(?i:END\s(?:OF\s)?(?:SUMMARY|COMMENT|NOTE|TEXT))\b`, name: 'keyword.control.block.end.cable' },
				{ match: R`\b(?:BEGIN SUMMARY|Begin Summary|BEGIN TEXT|BEGIN NOTE)\b`, name: 'keyword.control.block.begin.cable' },
				{
					match: R`(?<=^|^\s|^\s\s|\(|\)\s|\)\s\s|\d[.)]\s|\d[.)]\s\s|[.:]\s|[.:]\s\s|--|--\s)(?:SUMMARY|Summary|COMMENT|Comment|NOTE|Note)(?=\s?[:.-]|\s*$)`,
					name: 'keyword.control.block.begin.cable',
				},
			],
		},
		// The signer's surname alone on a line, as the final section ends.
		signature: {
			match: R`^\s*(?!(?:BACKGROUND|INTRODUCTION|CONCLUSION|ANALYSIS|OVERVIEW|PARTICIPANTS|DISCUSSION|ACTION|REQUEST|RECOMMENDATION|CLEARANCE|SUMMARY|COMMENT|NOTE|BEGIN|END)\s*$)([A-Z][A-Z'-]{2,19})\s*$`,
			captures: { 1: { name: 'string.unquoted.signature.cable' } },
		},
		// Banners glued to preceding text in collapsed renderings.
		'banner-anywhere': {
			patterns: [
				{
					match: R`${caselessStart('TSC', ' ')}(?:(${WORDS.topsecret.spaced})|(${WORDS.secret.spaced})|(${WORDS.confidential.spaced}))(?=\s|$)`,
					captures: levelCaptures(1, 'banner'),
				},
				{
					// E F T O is the one caveat these words can hold: a group, not a capture read against
					// #classification-suffix (rule 3 at the top).
					match: R`\b(?:(TOP SECRET)|(SECRET)|(CONFIDENTIAL)|(UNCLAS(?:SIFIED)?(?:\s+(E F T O))?))(?=\s++SECTION\s+\d)`,
					captures: { ...levelCaptures(1, 'banner'), 5: { name: 'storage.modifier.caveat.cable' } },
				},
			],
		},
		dtg: {
			match: R`\b\d{6}\s?Z\b(?:\s+${MONTH}\s+\d{2}(?:\d{2})?\b)?`,
			name: 'constant.numeric.dtg.cable',
		},
	},
};

/**
 * Turns `^` at the start of a `match` or `begin` into `\G^` in every rule that the top level reaches.
 * Rules that captures reach keep `^`: a capture is read without the anchor. So do patterns that
 * already use `\G` (line-after-frame).
 */
function anchorLineStarts(topLevel, repository) {
	const children = (rule) => [
		...(rule.include ? [repository[rule.include.slice(1)]] : []),
		...(rule.patterns ?? []),
		...['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'].flatMap((key) => Object.values(rule[key] ?? {})),
	];
	const reach = (rules, found = new Set()) => {
		for (const rule of rules) if (rule && !found.has(rule)) found.add(rule) && reach(children(rule), found);
		return found;
	};
	const inCaptures = reach(
		[...reach(Object.values(repository))].flatMap((rule) =>
			['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'].flatMap((key) =>
				Object.values(rule[key] ?? {}).flatMap((c) => c.patterns ?? []),
			),
		),
	);
	const fromTop = (rules, found = new Set()) => {
		for (const rule of rules) {
			if (!rule || found.has(rule)) continue;
			found.add(rule);
			fromTop([...(rule.include ? [repository[rule.include.slice(1)]] : []), ...(rule.patterns ?? [])], found);
		}
		return found;
	};
	for (const rule of fromTop(topLevel)) {
		if (inCaptures.has(rule)) continue;
		for (const key of ['match', 'begin']) {
			if (rule[key]?.startsWith('^') && !rule[key].includes(R`\G`)) rule[key] = R`\G${rule[key]}`;
		}
	}
}
anchorLineStarts(TOP_LEVEL, grammar.repository);

/** The number of capturing groups in a regular expression (none of ours is named or referred back to). */
function groupCount(source) {
	if (/\(\?<[A-Za-z]|\(\?'|\\[1-9]|\\k</.test(source)) throw new Error(`named group or back reference in ${source}`);
	let count = 0;
	for (let i = 0, depth = 0; i < source.length; i++) {
		const c = source[i];
		if (c === '\\') i++;
		else if (c === '[') depth++;
		else if (c === ']' && depth > 0) depth--;
		else if (c === '(' && depth === 0 && source[i + 1] !== '?') count++;
	}
	return count;
}

/**
 * One rule for a run of `\G`-anchored match rules that follow each other in a list, with the same
 * result: among them, the engine takes the first that matches, as it does among the rules of a list.
 * Each rule's regular expression becomes an alternative, inside groups that carry its `name` and its
 * capture 0, and its captures are renumbered behind them. The engine then makes one attempt at
 * column 0 for the run where it made one per rule, which is what a line costs before `rest-of-line`.
 */
function mergeAnchored(rules) {
	const alternatives = [];
	const captures = {};
	let groups = 0;
	for (const rule of rules) {
		const source = rule.match.slice(2);
		const wrappers = [rule.name === undefined ? undefined : { name: rule.name }, rule.captures?.[0]].filter(Boolean);
		wrappers.forEach((capture, i) => (captures[groups + 1 + i] = capture));
		for (const [n, capture] of Object.entries(rule.captures ?? {})) {
			if (n !== '0') captures[groups + wrappers.length + Number(n)] = capture;
		}
		alternatives.push(`${'('.repeat(wrappers.length)}${source}${')'.repeat(wrappers.length)}`);
		groups += wrappers.length + groupCount(source);
	}
	return { match: R`\G(?:${alternatives.join('|')})`, captures };
}

/**
 * Splits the top level between column 0 and `rest-of-line`, once line starts are anchored:
 *
 * - `rest-of-line` gets the rules that can match away from column 0 (not `\G`-anchored), in the
 *   top level's order, by reference. A list whose rules are all of one kind is taken or left whole;
 *   a list that mixes them must name its rules, so that they can be taken one by one.
 * - The top level needs those same rules at column 0 only, where they keep their place among the
 *   line-start rules: anywhere else `rest-of-line` starts first and reads them in the same order.
 *   So `top-level` is the top level's rules in order, the others anchored with `\G` (which the
 *   engine rejects at once away from column 0, where on a long line it would otherwise search the
 *   whole line for each of them) and left out where they need a character before them; then runs
 *   of match rules merged (mergeAnchored). The lists it was made from (metadata, caption, body...)
 *   are left out of the JSON, as nothing else uses them.
 */
function splitTopLevel(topLevel, repository) {
	const names = new Map(Object.entries(repository).map(([name, rule]) => [rule, name]));
	const anchored = (rule) => (rule.match ?? rule.begin).startsWith(R`\G`);
	const resolve = (p) => (p.include ? repository[p.include.slice(1)] : p);
	const leaves = (rule) => ((rule.match ?? rule.begin) ? [rule] : rule.patterns.flatMap((p) => leaves(resolve(p))));
	const kinds = (rule) => new Set(leaves(rule).map(anchored));
	const own = topLevel.filter((p) => p.include !== '#rest-of-line');

	const pick = (include) => {
		const rule = repository[include.slice(1)];
		if (!kinds(rule).has(false)) return [];
		if (!kinds(rule).has(true)) return [{ include }];
		return rule.patterns.flatMap((p) => {
			if (!p.include) throw new Error(`${include} mixes line-start and other rules: give its rules names`);
			return pick(p.include);
		});
	};
	repository['rest-of-line'].patterns = own.flatMap((p) => pick(p.include));

	// A lookbehind that needs a character, as in `(?<=\s)` or `(?<=\S\s\s)`: nothing before column 0.
	const needsCharacterBefore = (source) => /^\(\?<=(?:\\[sS]|[^\\^$|()?*+{}[\]])+\)/.test(source);
	const atColumnZero = leaves({ patterns: own }).flatMap((rule) => {
		const key = rule.match === undefined ? 'begin' : 'match';
		if (anchored(rule)) return [rule];
		return needsCharacterBefore(rule[key]) ? [] : [{ ...rule, [key]: R`\G(?:${rule[key]})` }];
	});
	const ref = (rule) => (names.has(rule) ? { include: `#${names.get(rule)}` } : rule);
	const list = [];
	for (let i = 0; i < atColumnZero.length;) {
		let j = i;
		while (atColumnZero[j]?.match !== undefined) j++;
		if (j === i) list.push(ref(atColumnZero[j++]));
		else list.push(j - i > 1 ? mergeAnchored(atColumnZero.slice(i, j)) : ref(atColumnZero[i]));
		i = j;
	}
	repository['top-level'] = { patterns: [...list, { include: '#rest-of-line' }] };
	topLevel.splice(0, topLevel.length, { include: '#top-level' });
}
splitTopLevel(TOP_LEVEL, grammar.repository);

/**
 * The rules at the top that can be checked mechanically. Rule 3: vscode-textmate reads a capture that
 * has patterns by copying the line up to the capture's end, so a rule that can match many times in a
 * line would copy it many times; only rules anchored at the line start (`^`, or `\G` at column 0 in
 * top-level) may have such captures. Rule 2: `x{2,}+` reads as a possessive run but is, in the
 * engine's Ruby syntax, a repetition of a repetition, which backtracks exponentially.
 */
function checkLinearRules(grammar) {
	const regexOf = { captures: 'match', beginCaptures: 'begin', endCaptures: 'end', whileCaptures: 'while' };
	const visit = (node) => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (!node || typeof node !== 'object') return;
		for (const key of ['match', 'begin', 'end', 'while']) {
			if (/(?<!\\)\}\+/.test(node[key] ?? '')) throw new Error(`{n,m}+ repeats a repetition: write (?>x{n,m}) in ${node[key]}`);
		}
		for (const [key, regexKey] of Object.entries(regexOf)) {
			const withPatterns = Object.values(node[key] ?? {}).some((capture) => capture.patterns);
			const source = node[regexKey] ?? node.match ?? '';
			if (withPatterns && !/^(?:\\G|\^)/.test(source))
				throw new Error(`a capture with patterns in a rule that can match many times in a line: ${source}`);
		}
		Object.values(node).forEach(visit);
	};
	visit(grammar.repository);
}
checkLinearRules(grammar);

// What the grammar no longer reaches (the lists top-level was made from, rules merged into it) stays
// out of the JSON.
function dropUnreached(grammar) {
	const reached = new Set();
	const visit = (node) => {
		if (Array.isArray(node)) node.forEach(visit);
		else if (node && typeof node === 'object') {
			for (const [key, value] of Object.entries(node)) {
				if (key === 'include' && value.startsWith('#') && !reached.has(value.slice(1))) {
					reached.add(value.slice(1));
					visit(grammar.repository[value.slice(1)]);
				} else if (key !== 'repository') visit(value);
			}
		}
	};
	visit(grammar);
	for (const name of Object.keys(grammar.repository)) if (!reached.has(name)) delete grammar.repository[name];
}
dropUnreached(grammar);

const target = fileURLToPath(new URL('./cable.tmLanguage.json', import.meta.url));
const json = `${JSON.stringify(grammar, null, '\t')}\n`;
if (!process.argv.includes('--check')) writeFileSync(target, json);
else if (readFileSync(target, 'utf8') !== json) {
	console.error(`${target} is out of date: run node syntaxes/cable.tmLanguage.mjs`);
	process.exit(1);
}
