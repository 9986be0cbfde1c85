/**
 * The cable model: what the parser makes of a document, once per version.
 *
 * Every feature (outline, folding, hover, diagnostics, the CLI, the grammar agreement test)
 * is a pure function of this model. Nothing here is mutated after parsing, and every range
 * lies inside the document it came from.
 */
import type { Range } from 'vscode-languageserver-types';

/** A piece of the document: its text exactly as written and where it is. */
export interface Field {
	readonly text: string;
	readonly range: Range;
}

export type ClassificationLevel = 'unclassified' | 'confidential' | 'secret' | 'topSecret';

/** A classification statement anywhere in the cable, reduced to its level. */
export interface Classification extends Field {
	readonly level: ClassificationLevel | undefined;
	/** Caveats written with it: NOFORN, FOUO, SBU, EFTO, LIMITED OFFICIAL USE, REL TO ... */
	readonly caveats: readonly string[];
}

// ---------------------------------------------------------------- metadata wrapper

export type MetadataLayout =
	| 'labelsThenValues' // the seed: Identifier / Created / Classification / Origin, then the values
	| 'viewingCable' // "Viewing cable ID, TITLE" / Reference ID / Created / Released / ... then values
	| 'keyValue' // PlusD "Key: Value" synopsis, flattened JSON exports
	| 'fieldsPerLine'; // cables.csv rows and the 5-line text exports, one bare value per line

export type MetadataKey = 'id' | 'title' | 'created' | 'released' | 'classification' | 'origin' | 'tags' | 'references' | 'other';

export interface MetadataField {
	readonly key: MetadataKey;
	/** The label as written (`Reference ID`, `Canonical ID:`), absent for bare values. */
	readonly label: Field | undefined;
	readonly value: Field;
}

export interface Metadata {
	readonly range: Range;
	readonly layout: MetadataLayout;
	readonly fields: readonly MetadataField[];
	/** The codes of the wrapper's tags field, read like the caption's TAGS line. */
	readonly tags: readonly Tag[];
	/** Publisher notices: "pdf how-to read a cable", partial-extract notices, "Raw content". */
	readonly notices: readonly Field[];
}

// ---------------------------------------------------------------- transmission header

/** A routing indicator written on a header line (relay, DE, addressee). */
export type RoutingIndicator = Field;

export interface RelayLine {
	readonly range: Range;
	/** `PP`, `OO`, `RR`, `ZZ`, `NN`: the highest precedence letter doubled. */
	readonly prosign: Field;
	readonly indicators: readonly RoutingIndicator[];
}

export interface DeLine {
	readonly range: Range;
	readonly keyword: Field;
	readonly station: RoutingIndicator | undefined;
	/** `#0374` as written; `serial` is the digits. */
	readonly serialField: Field | undefined;
	readonly serial: string | undefined;
	/** `/01` as written; `section` is its number. */
	readonly sectionField: Field | undefined;
	readonly section: number | undefined;
	/** `0260754`: Julian day 026 and time filed 0754. */
	readonly filed: Field | undefined;
	readonly julianDay: number | undefined;
	readonly timeFiled: string | undefined;
	/** Whatever follows the groups above (a garbled time group, stray words); diagnostics report it. */
	readonly trailing: Field | undefined;
}

export interface SecurityLine {
	readonly range: Range;
	/** `ZNY` (classified) or `ZNR` (unclassified). */
	readonly signal: Field;
	/** `CCCCC`, `UUUUU`, `EEEEE`, `SSSSS`, `TTTTT` (sometimes short or with special categories). */
	readonly letters: Field | undefined;
	readonly level: ClassificationLevel | undefined;
	/** The handling signals that follow: `ZZH`, `ZUI ...`, `(TAO)`. */
	readonly handling: readonly Field[];
}

export interface DateTimeGroup extends Field {
	/** Parsed parts; undefined where the text does not say. */
	readonly day: number | undefined;
	readonly hour: number | undefined;
	readonly minute: number | undefined;
	/** 1-12, undefined when the month is not a known abbreviation. */
	readonly month: number | undefined;
	readonly monthText: string | undefined;
	/** Four-digit year (two-digit years are read as 19xx from 66 on, else 20xx). */
	readonly year: number | undefined;
}

export interface DtgLine {
	readonly range: Range;
	/** One letter (single precedence) or two (action and info precedence). */
	readonly precedence: readonly Field[];
	readonly dtg: DateTimeGroup;
	/** Service codes or free text after the year (`ZDK`, `ZFF4`, `(ADX...)`). */
	readonly trailing: Field | undefined;
}

export interface FromLine {
	readonly range: Range;
	readonly keyword: Field;
	readonly address: Field | undefined;
}

export interface Addressee {
	readonly range: Range;
	readonly indicator: RoutingIndicator | undefined;
	/** The plain-language address after the `/` (or the whole line without an indicator). */
	readonly address: Field | undefined;
	readonly precedence: Field | undefined;
	readonly sequence: Field | undefined;
}

export type AddressKeyword = 'TO' | 'INFO' | 'XMT';

export interface AddresseeList {
	readonly range: Range;
	readonly kind: AddressKeyword;
	readonly keyword: Field;
	readonly addressees: readonly Addressee[];
}

export interface TransmissionHeader {
	readonly range: Range;
	/** `VZCZCXRO9140`. */
	readonly transmissionId: Field | undefined;
	readonly relay: readonly RelayLine[];
	readonly de: DeLine | undefined;
	readonly security: SecurityLine | undefined;
	readonly dtg: DtgLine | undefined;
	readonly from: FromLine | undefined;
	readonly addressLists: readonly AddresseeList[];
	readonly bt: Field | undefined;
}

/** Office distribution blocks of older received copies (AMHS `PAGE 01`, 1970s ORIGIN/INFO). */
export type LegacyLineKind =
	| 'classification'
	| 'page'
	| 'lineCount'
	| 'action'
	| 'info'
	| 'origin'
	| 'draftedBy'
	| 'approvedBy'
	| 'cleared'
	| 'distribution'
	| 'counter'
	| 'serial'
	| 'source';

export interface LegacyLine {
	readonly kind: LegacyLineKind;
	readonly keyword: Field | undefined;
	readonly range: Range;
	readonly text: string;
	/** The page line's post and serial (`NAIROBI`, `05213`); a serial line's serial (`063860`). */
	readonly post: Field | undefined;
	readonly serial: Field | undefined;
	/** The time group of a page or counter line (`121340Z`): day, hour and minute, no month. */
	readonly time: Field | undefined;
	/** The office codes of an ACTION, ORIGIN or INFO line or of a line continuing them (`AF-10`). */
	readonly offices: readonly OfficeCode[];
	/** `/049` after the last office code: the copies of the offices above added up. */
	readonly total: Field | undefined;
}

/** `AGR-20`: an office and the number of copies it receives. */
export interface OfficeCode extends Field {
	readonly office: string;
	readonly copies: number;
}

export interface LegacyHeader {
	readonly range: Range;
	readonly lines: readonly LegacyLine[];
}

// ---------------------------------------------------------------- banners and captions

export interface SectionOf {
	readonly range: Range;
	readonly number: Field;
	readonly total: Field;
}

export interface Banner {
	readonly range: Range;
	readonly classification: Classification;
	/** `C O N F I D E N T I A L` rather than `CONFIDENTIAL`. */
	readonly letterSpaced: boolean;
	readonly sectionOf: SectionOf | undefined;
	/** The post as written (`TOKYO`, `BUENOS AIRES`) and the serial (`000374`). */
	readonly post: Field | undefined;
	readonly serial: Field | undefined;
}

export interface Caveat extends Field {
	/** The normalised marking: SIPDIS, NOFORN, SENSITIVE, EXDIS, NODIS, LIMDIS, ... */
	readonly marking: string;
}

export type DeclKind = 'date' | 'words' | 'none';

export interface EoLine {
	readonly range: Range;
	readonly keyword: Field;
	/** `12958`. */
	readonly order: Field | undefined;
	/** `DECL`, `DNG`, `N/A`, `GDS`, `OADR` ... */
	readonly action: Field | undefined;
	/** What follows the action: a date, `OADR`, `TWENTY YEARS`, `N/A`. */
	readonly decl: Field | undefined;
	readonly declKind: DeclKind;
	readonly declDate: { readonly year: number; readonly month: number; readonly day: number } | undefined;
}

export interface Tag extends Field {
	/** The code, upper-cased: `PREL`, `JA`, `OVIP`. */
	readonly code: string;
	/** The name after a person tag: `OVIP (RICE, CONDOLEEZZA)`. */
	readonly person: Field | undefined;
}

export interface TagsLine {
	readonly range: Range;
	readonly keyword: Field;
	readonly tags: readonly Tag[];
}

export interface SubjectLine {
	readonly range: Range;
	readonly keyword: Field;
	/** The subject with its wrapped lines joined by one space. */
	readonly text: string;
	readonly lines: readonly Field[];
	/** `SUBJECT: (C) ...`: some subjects carry their own portion mark. */
	readonly portion: PortionMark | undefined;
}

export interface RefItem {
	readonly range: Range;
	/** `A.`, `B)`, `(C)`. */
	readonly label: Field | undefined;
	readonly text: string;
	/** A cable reference read from the item: post and serial, optional year. */
	readonly cable: { readonly post: Field; readonly serial: Field; readonly year: Field | undefined } | undefined;
}

export interface RefBlock {
	readonly range: Range;
	readonly keyword: Field;
	readonly items: readonly RefItem[];
}

export interface ClassifiedBy {
	readonly range: Range;
	readonly keyword: Field;
	/** Who classified it, as written. */
	readonly authority: Field | undefined;
	/** `1.4` or `1.5` as written. */
	readonly section: Field | undefined;
	/** Each reason letter with its range: `b`, `d`. */
	readonly reasons: readonly Field[];
}

export interface Caption {
	readonly range: Range;
	readonly eo: EoLine | undefined;
	readonly tags: TagsLine | undefined;
	readonly subject: SubjectLine | undefined;
	readonly refs: RefBlock | undefined;
	readonly classifiedBy: ClassifiedBy | undefined;
}

/**
 * One telegram section as the text shows it: a banner and what follows it up to the body
 * (caveats, distribution lines, caption). Multi-section cables and the Cablegate rendering
 * repeat this block; the first one is the cable's own.
 */
export interface BannerBlock {
	readonly range: Range;
	readonly banner: Banner | undefined;
	readonly caveats: readonly Caveat[];
	/** `DEPT FOR ...`, `PASS TO ...` lines. */
	readonly distribution: readonly Field[];
	readonly caption: Caption | undefined;
}

// ---------------------------------------------------------------- body

export interface PortionMark extends Field {
	/** The text inside the parentheses: `C`, `S//NF`, `SBU`, `C/REL TO UK`. */
	readonly marking: string;
	readonly level: ClassificationLevel;
	readonly caveats: readonly string[];
}

export interface Paragraph {
	/** From the number through the last line before the next paragraph, heading or section. */
	readonly range: Range;
	/** The marker as written: `1.`, `¶1.`, `1)`. */
	readonly marker: Field;
	readonly number: number;
	readonly portion: PortionMark | undefined;
	/** A short preview of the paragraph's first words, for the outline. */
	readonly preview: string;
}

export type HeadingStyle = 'boxed' | 'underlined' | 'inline';

export interface Heading {
	/** The heading's own lines, rules included. */
	readonly range: Range;
	readonly title: Field;
	readonly style: HeadingStyle;
	/** From the heading to the line before the next heading or the end of the body. */
	readonly sectionRange: Range;
}

export type BlockKind = 'summary' | 'comment' | 'note';

export interface Block {
	readonly kind: BlockKind;
	readonly range: Range;
	readonly start: Field;
	/** `END SUMMARY.`; absent when the text never closes the block. */
	readonly end: Field | undefined;
}

export interface PageMarker {
	readonly range: Range;
	readonly style: 'continuation' | 'page';
	readonly post: Field | undefined;
	readonly serial: Field | undefined;
	/** Page number and total as written. */
	readonly page: Field;
	readonly total: Field | undefined;
	/** The time group of a `PAGE 02 ... 260754Z` marker: day, hour and minute, no month. */
	readonly time: Field | undefined;
}

export interface Body {
	readonly range: Range;
	readonly paragraphs: readonly Paragraph[];
	readonly headings: readonly Heading[];
	readonly blocks: readonly Block[];
	readonly pageMarkers: readonly PageMarker[];
	/**
	 * The cable's summary: its text without the lead-in (`SUMMARY:`, `1. (C) Summary and Comment:`,
	 * `BEGIN SUMMARY`) and the `END SUMMARY`, wrapped lines joined by one space; the range is the
	 * text's, from its first word to its last.
	 */
	readonly summary: Field | undefined;
	readonly signature: Field | undefined;
	/** A Classified By statement made in a paragraph (`¶1. (U) Classified by ...`), as some posts wrote it. */
	readonly classifiedBy: ClassifiedBy | undefined;
	/** `NNNN` / `NNN` end-of-message. */
	readonly endOfMessage: Field | undefined;
}

// ---------------------------------------------------------------- the whole cable

export interface CableModel {
	readonly uri: string;
	readonly version: number;
	readonly lineCount: number;
	/** Length of each line in UTF-16 code units, without its line break. */
	readonly lineLengths: readonly number[];
	readonly metadata: Metadata | undefined;
	readonly legacyHeader: LegacyHeader | undefined;
	/** Later sections' distribution blocks (`PAGE 01  VATICA 05693  02 OF 02  021700Z`), in document order. */
	readonly laterLegacyHeaders: readonly LegacyHeader[];
	readonly header: TransmissionHeader | undefined;
	/** Further copies of the header (some renderings repeat it, e.g. a cables.csv row after the page). */
	readonly repeatedHeaders: readonly TransmissionHeader[];
	/** In document order: the cable's banner block first, then its repetitions. */
	readonly bannerBlocks: readonly BannerBlock[];
	readonly body: Body | undefined;
	/**
	 * Page markers the body does not hold, in document order: a page break inside a TO or INFO
	 * list (`TO PAGE 02  STATE 015113  182333Z`) or between a banner and its caption.
	 */
	readonly pageMarkersOutsideBody: readonly PageMarker[];
}
