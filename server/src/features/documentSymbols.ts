/**
 * The outline: metadata, header, caption (named by its SUBJECT), then the body with topical
 * sections holding their numbered paragraphs, summary and comment blocks, the signature.
 * Body symbols are nested by containment, so every child lies inside its parent whatever
 * shape the cable has.
 *
 * Symbol kinds: four, one per level of reading (see KINDS). Emacs' imenu (Eglot before Emacs 29)
 * flattens the outline and makes one menu per kind, grouping each menu's entries under their
 * parent: a kind per kind of element scattered a cable's order over a dozen menus (metadata under
 * File, header under Module, the addressee lists apart from the header lines between which they
 * stand). With one kind per level, each menu reads in the cable's order: its parts, the lines of
 * each part, the items of each line, the paragraphs.
 */
import { type DocumentSymbol, type Range, SymbolKind } from 'vscode-languageserver-types';
import type {
	AddresseeList,
	Banner,
	BannerBlock,
	Caption,
	CableModel,
	Field,
	LegacyHeader,
	Metadata,
	MetadataField,
	Paragraph,
	Tag,
	TransmissionHeader,
} from '../model/types';
import { compareRanges, contains } from '../util/ranges';

/** The four kinds of outline entry (see the module comment). */
const KINDS = {
	/** The cable's parts, in reading order: metadata, distribution, header, captions, topics, summary and comment blocks, signature. */
	part: SymbolKind.Struct,
	/** The lines of a part: header lines (TO and INFO among them), metadata fields, banner, caption lines. */
	line: SymbolKind.Property,
	/** The items of a line: addressees, REF items. */
	item: SymbolKind.Constant,
	/** The numbered paragraphs: the text. */
	paragraph: SymbolKind.String,
} as const;

/** Outline entries past this many are left out (the JSON and YAML servers cap at 5000 too). */
export const DEFAULT_SYMBOL_LIMIT = 5000;

/** How many more entries the outline may take; every entry, nested or not, takes one. */
interface Budget {
	left: number;
}

/** The outline's entries in the order they are made, before nesting. */
class Entries implements Budget {
	readonly all: DocumentSymbol[] = [];

	constructor(public left: number) {}

	add(symbol: DocumentSymbol): void {
		if (this.left-- > 0) this.all.push(symbol);
	}
}

export function getDocumentSymbols(model: CableModel, limit = DEFAULT_SYMBOL_LIMIT): DocumentSymbol[] {
	const entries = new Entries(limit);
	if (model.metadata) entries.add(metadataSymbol(model.metadata));
	if (model.legacyHeader) entries.add(legacySymbol(model.legacyHeader));
	if (model.header) entries.add(headerSymbol(model.header, entries));
	for (const header of model.repeatedHeaders) entries.add(headerSymbol(header, entries));
	addCaptions(model, entries);
	const body = model.body;
	if (body) {
		for (const heading of body.headings)
			entries.add(symbol(heading.title.text, 'topic', KINDS.part, heading.sectionRange, heading.title.range));
		for (const paragraph of body.paragraphs)
			entries.add(trimmedSymbol(paragraphName(paragraph), undefined, KINDS.paragraph, paragraph.range, paragraph.marker.range));
		for (const block of body.blocks) {
			const name = block.kind === 'summary' ? 'Summary' : block.kind === 'comment' ? 'Comment' : 'Note';
			entries.add(symbol(name, block.end ? undefined : 'not closed', KINDS.part, block.range, block.start.range));
		}
		if (body.signature) entries.add(symbol(body.signature.text, 'signature', KINDS.part, body.signature.range, body.signature.range));
		if (body.endOfMessage)
			entries.add(symbol(body.endOfMessage.text, 'end of message', KINDS.part, body.endOfMessage.range, body.endOfMessage.range));
	}
	return nestByContainment(entries.all);
}

function symbol(
	name: string,
	detail: string | undefined,
	kind: SymbolKind,
	range: Range,
	selectionRange: Range,
	children?: DocumentSymbol[],
): DocumentSymbol {
	// VS Code rejects empty names.
	return trimmedSymbol(name.trim() || '(untitled)', detail, kind, range, selectionRange, children);
}

/** A symbol whose name is already trimmed and not empty. */
function trimmedSymbol(
	name: string,
	detail: string | undefined,
	kind: SymbolKind,
	range: Range,
	selectionRange: Range,
	children?: DocumentSymbol[],
): DocumentSymbol {
	// A selection outside the range breaks breadcrumbs.
	const selection = contains(range, selectionRange) ? selectionRange : { start: range.start, end: range.start };
	return { name, detail, kind, range, selectionRange: selection, children };
}

/**
 * `12. (C) First words of the paragraph…`, trimmed. Only the end can hold whitespace, from
 * the preview (or, when it is blank, the portion mark), so the parts are trimmed rather than
 * the joined name: trimming a freshly joined string copies it on every request, which was
 * the largest single cost of the outline.
 */
function paragraphName(paragraph: Paragraph): string {
	const head = paragraph.portion ? `${paragraph.number}. ${paragraph.portion.text}` : `${paragraph.number}.`;
	const preview = paragraph.preview.trimEnd();
	return preview ? `${head} ${preview}` : head.trimEnd();
}

/** Nests symbols whose range lies inside another's; partial overlaps stay siblings. */
function nestByContainment(nodes: DocumentSymbol[]): DocumentSymbol[] {
	nodes.sort(byRange);
	const roots: DocumentSymbol[] = [];
	const stack: DocumentSymbol[] = [];
	for (const node of nodes) {
		while (stack.length && !contains(stack[stack.length - 1]!.range, node.range)) stack.pop();
		const parent = stack[stack.length - 1];
		if (parent) (parent.children ??= []).push(node);
		else roots.push(node);
		stack.push(node);
	}
	return roots;
}

const byRange = (a: DocumentSymbol, b: DocumentSymbol): number => compareRanges(a.range, b.range);

/** `text` and `part` joined by `separator`, leaving out a missing or empty part: `filter(Boolean).join` without the array. */
function append(text: string, part: string | undefined, separator = ' '): string {
	if (!part) return text;
	return text ? `${text}${separator}${part}` : part;
}

/** The texts joined by spaces, empty ones included: `map(...).join(' ')` without the array. */
function spaced<T>(items: readonly T[], textOf: (item: T) => string): string {
	let joined = '';
	for (let n = 0; n < items.length; n++) joined = n === 0 ? textOf(items[n]!) : `${joined} ${textOf(items[n]!)}`;
	return joined;
}

const textOf = (field: Field): string => field.text;
const codeOf = (tag: Tag): string => tag.code;

const fieldSymbol = (name: string, field: Field | undefined, range: Range): DocumentSymbol =>
	symbol(name, field?.text, KINDS.line, range, field?.range ?? range);

function metadataSymbol(metadata: Metadata): DocumentSymbol {
	let idField: MetadataField | undefined;
	const children: DocumentSymbol[] = [];
	for (const field of metadata.fields) {
		if (!idField && field.key === 'id') idField = field;
		// Page copies put labels and values on separate lines; the value is what the entry stands for.
		const sameLine = field.label?.range.start.line === field.value.range.start.line;
		const range = sameLine ? { start: field.label!.range.start, end: field.value.range.end } : field.value.range;
		if (contains(metadata.range, range))
			children.push(symbol(field.label?.text ?? field.key, field.value.text, KINDS.line, range, field.value.range));
	}
	const first = metadata.fields[0]?.value.range ?? metadata.notices[0]?.range ?? metadata.range;
	return symbol('Metadata', idField?.value.text, KINDS.part, metadata.range, first, children);
}

function legacySymbol(legacy: LegacyHeader): DocumentSymbol {
	let page: string | undefined;
	const children: DocumentSymbol[] = [];
	for (const line of legacy.lines) {
		if (page === undefined && line.kind === 'page') page = line.text;
		children.push(symbol(line.keyword?.text ?? line.kind, line.text, KINDS.line, line.range, line.keyword?.range ?? line.range));
	}
	return symbol('Distribution', page, KINDS.part, legacy.range, legacy.lines[0]?.range ?? legacy.range, children);
}

function headerSymbol(header: TransmissionHeader, budget: Budget): DocumentSymbol {
	const children: DocumentSymbol[] = [];
	if (header.transmissionId) children.push(fieldSymbol('Transmission', header.transmissionId, header.transmissionId.range));
	for (const relay of header.relay)
		children.push(symbol(relay.prosign.text, spaced(relay.indicators, textOf), KINDS.line, relay.range, relay.prosign.range));
	if (header.de) {
		const { station, serialField, sectionField, filed } = header.de;
		const serial = `${serialField?.text ?? ''}${sectionField?.text ?? ''}`;
		children.push(
			symbol('DE', append(append(station?.text ?? '', serial), filed?.text), KINDS.line, header.de.range, header.de.keyword.range),
		);
	}
	if (header.security) {
		let detail = header.security.letters?.text ?? '';
		for (const handling of header.security.handling) detail = append(detail, handling.text);
		children.push(symbol(header.security.signal.text, detail, KINDS.line, header.security.range, header.security.signal.range));
	}
	if (header.dtg)
		children.push(symbol(header.dtg.dtg.text, spaced(header.dtg.precedence, textOf), KINDS.line, header.dtg.range, header.dtg.dtg.range));
	if (header.from) children.push(fieldSymbol('FM', header.from.address, header.from.range));
	for (const list of header.addressLists) children.push(addresseeListSymbol(list, budget));
	if (header.bt) children.push(symbol('BT', undefined, KINDS.line, header.bt.range, header.bt.range));
	const detail = append(header.from?.address?.text ?? '', header.dtg?.dtg.text, ' · ');
	const first = header.transmissionId?.range ?? children[0]?.selectionRange ?? header.range;
	return symbol('Header', detail || undefined, KINDS.part, header.range, first, children);
}

function addresseeListSymbol(list: AddresseeList, budget: Budget): DocumentSymbol {
	const children: DocumentSymbol[] = [];
	for (const addressee of list.addressees) {
		if (budget.left-- <= 0) break;
		const name = addressee.indicator?.text ?? addressee.address?.text ?? '(addressee)';
		const address = addressee.indicator ? (addressee.address?.text ?? '') : '';
		const detail = append(append(address, addressee.precedence?.text), addressee.sequence?.text);
		children.push(
			symbol(
				name,
				detail || undefined,
				KINDS.item,
				addressee.range,
				addressee.indicator?.range ?? addressee.address?.range ?? addressee.range,
			),
		);
	}
	const count = list.addressees.length;
	return symbol(list.kind, `${count} addressee${count === 1 ? '' : 's'}`, KINDS.line, list.range, list.keyword.range, children);
}

/**
 * Each banner block (with its caption) is an entry of its own. A repetition of the caption
 * (the Cablegate text repeats banner and caption per section) sits beside the first, never
 * inside it, so breadcrumbs do not read the same subject twice; blocks further down the body
 * nest wherever they fall.
 */
function addCaptions(model: CableModel, entries: Entries): void {
	for (const block of model.bannerBlocks) entries.add(bannerBlockSymbol(block, entries));
}

function bannerBlockSymbol(block: BannerBlock, budget: Budget): DocumentSymbol {
	const children: DocumentSymbol[] = [];
	const banner = block.banner;
	const title = banner ? bannerTitle(banner) : undefined;
	if (banner) {
		const section = banner.sectionOf ? `SECTION ${banner.sectionOf.number.text} OF ${banner.sectionOf.total.text}` : '';
		children.push(
			symbol(
				banner.classification.text,
				append(append(section, banner.post?.text), banner.serial?.text),
				KINDS.line,
				banner.range,
				banner.classification.range,
			),
		);
	}
	for (const caveat of block.caveats) children.push(symbol(caveat.marking, undefined, KINDS.line, caveat.range, caveat.range));
	for (const line of block.distribution) children.push(symbol(line.text, 'distribution', KINDS.line, line.range, line.range));
	if (block.caption) addCaptionChildren(children, block.caption, budget);
	const subject = block.caption?.subject;
	const name = subject?.text || (title ?? 'Caption');
	const selection = subject?.keyword.range ?? banner?.classification.range ?? children[0]?.selectionRange ?? block.range;
	return symbol(name, subject ? title : undefined, KINDS.part, block.range, selection, children);
}

function bannerTitle(banner: Banner): string {
	const section = banner.sectionOf ? ` SECTION ${banner.sectionOf.number.text} OF ${banner.sectionOf.total.text}` : '';
	return `${banner.classification.text}${section}`;
}

function addCaptionChildren(children: DocumentSymbol[], caption: Caption, budget: Budget): void {
	const { eo, tags, subject, refs, classifiedBy } = caption;
	if (eo)
		children.push(
			symbol(
				eo.order ? `E.O. ${eo.order.text}` : eo.keyword.text,
				append(eo.action?.text ?? '', eo.decl?.text) || undefined,
				KINDS.line,
				eo.range,
				eo.keyword.range,
			),
		);
	if (tags) children.push(symbol('TAGS', spaced(tags.tags, codeOf), KINDS.line, tags.range, tags.keyword.range));
	if (subject) children.push(symbol('SUBJECT', subject.text, KINDS.line, subject.range, subject.keyword.range));
	if (refs) {
		const items: DocumentSymbol[] = [];
		for (const item of refs.items) {
			if (budget.left-- <= 0) break;
			items.push(symbol(item.label ? `${item.label.text} ${item.text}` : item.text, undefined, KINDS.item, item.range, item.range));
		}
		children.push(
			symbol(
				'REF',
				`${refs.items.length} reference${refs.items.length === 1 ? '' : 's'}`,
				KINDS.line,
				refs.range,
				refs.keyword.range,
				items,
			),
		);
	}
	if (classifiedBy)
		children.push(symbol('Classified By', classifiedBy.authority?.text, KINDS.line, classifiedBy.range, classifiedBy.keyword.range));
}
