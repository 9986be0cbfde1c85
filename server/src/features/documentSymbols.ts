/**
 * The outline: metadata, header, caption (named by its SUBJECT), then the body with topical
 * sections holding their numbered paragraphs, summary and comment blocks, the signature.
 * Body symbols are nested by containment, so every child lies inside its parent whatever
 * shape the cable has.
 */
import { type DocumentSymbol, type Range, SymbolKind } from 'vscode-languageserver-types';
import type {
	AddresseeList,
	BannerBlock,
	Caption,
	CableModel,
	Field,
	LegacyHeader,
	Metadata,
	TransmissionHeader,
} from '../model/types';
import { compareRanges, contains } from './ranges';

/** Outline entries past this many are left out (the JSON and YAML servers cap at 5000 too). */
export const DEFAULT_SYMBOL_LIMIT = 5000;

export function getDocumentSymbols(model: CableModel, limit = DEFAULT_SYMBOL_LIMIT): DocumentSymbol[] {
	const budget = { left: limit };
	const nodes: DocumentSymbol[] = [];
	const add = (symbol: DocumentSymbol | undefined) => {
		if (symbol && budget.left-- > 0) nodes.push(symbol);
	};
	if (model.metadata) add(metadataSymbol(model.metadata));
	if (model.legacyHeader) add(legacySymbol(model.legacyHeader));
	for (const header of [model.header, ...model.repeatedHeaders]) if (header) add(headerSymbol(header, budget));
	for (const group of captionGroups(model)) add(captionSymbol(group, budget));
	const body = model.body;
	if (body) {
		for (const heading of body.headings) add(symbol(heading.title.text, 'topic', SymbolKind.Namespace, heading.sectionRange, heading.title.range));
		for (const paragraph of body.paragraphs) {
			const portion = paragraph.portion ? ` ${paragraph.portion.text}` : '';
			add(symbol(`${paragraph.number}.${portion} ${paragraph.preview}`.trim(), undefined, SymbolKind.String, paragraph.range, paragraph.marker.range));
		}
		for (const block of body.blocks) {
			const name = block.kind === 'summary' ? 'Summary' : block.kind === 'comment' ? 'Comment' : 'Note';
			add(symbol(name, block.end ? undefined : 'not closed', SymbolKind.Event, block.range, block.start.range));
		}
		if (body.signature) add(symbol(body.signature.text, 'signature', SymbolKind.Constant, body.signature.range, body.signature.range));
		if (body.endOfMessage) add(symbol(body.endOfMessage.text, 'end of message', SymbolKind.Constant, body.endOfMessage.range, body.endOfMessage.range));
	}
	return nestByContainment(nodes);
}

function symbol(name: string, detail: string | undefined, kind: SymbolKind, range: Range, selectionRange: Range, children?: DocumentSymbol[]): DocumentSymbol {
	// VS Code rejects empty names, and a selection outside the range breaks breadcrumbs.
	const selection = contains(range, selectionRange) ? selectionRange : { start: range.start, end: range.start };
	return { name: name.trim() || '(untitled)', detail, kind, range, selectionRange: selection, children };
}

/** Nests symbols whose range lies inside another's; partial overlaps stay siblings. */
function nestByContainment(nodes: DocumentSymbol[]): DocumentSymbol[] {
	const sorted = [...nodes].sort((a, b) => compareRanges(a.range, b.range));
	const roots: DocumentSymbol[] = [];
	const stack: DocumentSymbol[] = [];
	for (const node of sorted) {
		while (stack.length && !contains(stack[stack.length - 1]!.range, node.range)) stack.pop();
		const parent = stack[stack.length - 1];
		if (parent) (parent.children ??= []).push(node);
		else roots.push(node);
		stack.push(node);
	}
	return roots;
}

const fieldSymbol = (name: string, field: Field | undefined, range: Range, kind = SymbolKind.Property): DocumentSymbol =>
	symbol(name, field?.text, kind, range, field?.range ?? range);

function metadataSymbol(metadata: Metadata): DocumentSymbol {
	const id = metadata.fields.find((field) => field.key === 'id')?.value.text;
	const children = metadata.fields.map((field) => {
		// Page copies put labels and values on separate lines; the value is what the entry stands for.
		const sameLine = field.label?.range.start.line === field.value.range.start.line;
		const range = sameLine ? { start: field.label!.range.start, end: field.value.range.end } : field.value.range;
		return symbol(field.label?.text ?? field.key, field.value.text, SymbolKind.Property, range, field.value.range);
	});
	const first = metadata.fields[0]?.value.range ?? metadata.notices[0]?.range ?? metadata.range;
	return symbol('Metadata', id, SymbolKind.File, metadata.range, first, children.filter((child) => contains(metadata.range, child.range)));
}

function legacySymbol(legacy: LegacyHeader): DocumentSymbol {
	const page = legacy.lines.find((line) => line.kind === 'page');
	const children = legacy.lines.map((line) => symbol(line.keyword?.text ?? line.kind, line.text, SymbolKind.Property, line.range, line.keyword?.range ?? line.range));
	return symbol('Distribution', page?.text, SymbolKind.Module, legacy.range, legacy.lines[0]?.range ?? legacy.range, children);
}

function headerSymbol(header: TransmissionHeader, budget: { left: number }): DocumentSymbol {
	const children: DocumentSymbol[] = [];
	if (header.transmissionId) children.push(fieldSymbol('Transmission', header.transmissionId, header.transmissionId.range));
	for (const relay of header.relay) children.push(symbol(relay.prosign.text, relay.indicators.map((ri) => ri.text).join(' '), SymbolKind.Property, relay.range, relay.prosign.range));
	if (header.de) {
		const { station, serialField, sectionField, filed } = header.de;
		const serial = `${serialField?.text ?? ''}${sectionField?.text ?? ''}`;
		children.push(symbol('DE', [station?.text, serial, filed?.text].filter(Boolean).join(' '), SymbolKind.Property, header.de.range, header.de.keyword.range));
	}
	if (header.security) children.push(symbol(header.security.signal.text, [header.security.letters, ...header.security.handling].map((f) => f?.text).filter(Boolean).join(' '), SymbolKind.Property, header.security.range, header.security.signal.range));
	if (header.dtg) children.push(symbol(header.dtg.dtg.text, header.dtg.precedence.map((p) => p.text).join(' '), SymbolKind.Property, header.dtg.range, header.dtg.dtg.range));
	if (header.from) children.push(fieldSymbol('FM', header.from.address, header.from.range));
	for (const list of header.addressLists) children.push(addresseeListSymbol(list, budget));
	if (header.bt) children.push(symbol('BT', undefined, SymbolKind.Property, header.bt.range, header.bt.range));
	const detail = [header.from?.address?.text, header.dtg?.dtg.text].filter(Boolean).join(' · ');
	const first = header.transmissionId?.range ?? children[0]?.selectionRange ?? header.range;
	return symbol('Header', detail || undefined, SymbolKind.Module, header.range, first, children);
}

function addresseeListSymbol(list: AddresseeList, budget: { left: number }): DocumentSymbol {
	const children: DocumentSymbol[] = [];
	for (const addressee of list.addressees) {
		if (budget.left-- <= 0) break;
		const name = addressee.indicator?.text ?? addressee.address?.text ?? '(addressee)';
		const detail = [addressee.indicator ? addressee.address?.text : undefined, addressee.precedence?.text, addressee.sequence?.text].filter(Boolean).join(' ');
		children.push(symbol(name, detail || undefined, SymbolKind.Constant, addressee.range, addressee.indicator?.range ?? addressee.address?.range ?? addressee.range));
	}
	const count = list.addressees.length;
	return symbol(list.kind, `${count} addressee${count === 1 ? '' : 's'}`, SymbolKind.Array, list.range, list.keyword.range, children);
}

/**
 * The cable's caption block, with the repetitions that follow it directly (the Cablegate
 * text repeats banner and caption per section) folded in as its children. Banner blocks
 * further down the body stand on their own and nest wherever they fall.
 */
function captionGroups(model: CableModel): BannerBlock[][] {
	const groups: BannerBlock[][] = [];
	const firstBodyLine = firstBodyContent(model);
	for (const block of model.bannerBlocks) {
		const current = groups[groups.length - 1];
		if (current && block.range.start.line < firstBodyLine) current.push(block);
		else groups.push([block]);
	}
	return groups;
}

function firstBodyContent(model: CableModel): number {
	const body = model.body;
	if (!body) return Number.MAX_SAFE_INTEGER;
	const starts = [body.paragraphs[0]?.range, body.headings[0]?.range, body.blocks[0]?.range].filter((r) => r !== undefined);
	return starts.length ? Math.min(...starts.map((r) => r.start.line)) : Number.MAX_SAFE_INTEGER;
}

function captionSymbol(group: BannerBlock[], budget: { left: number }): DocumentSymbol {
	const [first, ...repeats] = group as [BannerBlock, ...BannerBlock[]];
	const own = bannerBlockSymbol(first, budget);
	if (!repeats.length) return own;
	const last = repeats[repeats.length - 1]!;
	const children = [...(own.children ?? []), ...repeats.map((block) => bannerBlockSymbol(block, budget))];
	return { ...own, range: { start: first.range.start, end: last.range.end }, children };
}

function bannerBlockSymbol(block: BannerBlock, budget: { left: number }): DocumentSymbol {
	const children: DocumentSymbol[] = [];
	const banner = block.banner;
	if (banner) {
		const section = banner.sectionOf ? `SECTION ${banner.sectionOf.number.text} OF ${banner.sectionOf.total.text}` : undefined;
		children.push(symbol(banner.classification.text, [section, banner.post?.text, banner.serial?.text].filter(Boolean).join(' '), SymbolKind.Key, banner.range, banner.classification.range));
	}
	for (const caveat of block.caveats) children.push(symbol(caveat.marking, undefined, SymbolKind.Key, caveat.range, caveat.range));
	for (const line of block.distribution) children.push(symbol(line.text, 'distribution', SymbolKind.Property, line.range, line.range));
	if (block.caption) children.push(...captionChildren(block.caption, budget));
	const subject = block.caption?.subject;
	const name = subject?.text || (banner ? bannerTitle(block) : 'Caption');
	const selection = subject?.keyword.range ?? banner?.classification.range ?? children[0]?.selectionRange ?? block.range;
	const detail = banner ? bannerTitle(block) : undefined;
	return symbol(name, subject ? detail : undefined, SymbolKind.Struct, block.range, selection, children);
}

function bannerTitle(block: BannerBlock): string {
	const banner = block.banner!;
	const section = banner.sectionOf ? ` SECTION ${banner.sectionOf.number.text} OF ${banner.sectionOf.total.text}` : '';
	return `${banner.classification.text}${section}`;
}

function captionChildren(caption: Caption, budget: { left: number }): DocumentSymbol[] {
	const children: DocumentSymbol[] = [];
	const { eo, tags, subject, refs, classifiedBy } = caption;
	if (eo) children.push(symbol(eo.order ? `E.O. ${eo.order.text}` : eo.keyword.text, [eo.action?.text, eo.decl?.text].filter(Boolean).join(' ') || undefined, SymbolKind.Field, eo.range, eo.keyword.range));
	if (tags) children.push(symbol('TAGS', tags.tags.map((tag) => tag.code).join(' '), SymbolKind.Field, tags.range, tags.keyword.range));
	if (subject) children.push(symbol('SUBJECT', subject.text, SymbolKind.Field, subject.range, subject.keyword.range));
	if (refs) {
		const items: DocumentSymbol[] = [];
		for (const item of refs.items) {
			if (budget.left-- <= 0) break;
			items.push(symbol(item.label ? `${item.label.text} ${item.text}` : item.text, undefined, SymbolKind.Constant, item.range, item.range));
		}
		children.push(symbol('REF', `${refs.items.length} reference${refs.items.length === 1 ? '' : 's'}`, SymbolKind.Field, refs.range, refs.keyword.range, items));
	}
	if (classifiedBy) children.push(symbol('Classified By', classifiedBy.authority?.text, SymbolKind.Field, classifiedBy.range, classifiedBy.keyword.range));
	return children;
}
