/**
 * Grammar and parser must tell the same story. Every element the parser finds in the real corpus
 * (banners, date-time groups, tags, paragraph numbers, portion marks, routing indicators, and the
 * other header and caption fields it models) must be coloured by the grammar with the matching
 * scope. The grammar reads one line at a time, so this is where its guesses meet the parser's
 * whole-document reading.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { parseCable } from '../../server/src/model/parse';
import type { BannerBlock, Body, CableModel, ClassificationLevel, TransmissionHeader } from '../../server/src/model/types';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';
import { type TokenizedLine, cableGrammar, hasScope, tokenizeText, tokensIn } from './tokenizer';

/** Least count of each kind a working parser finds in the corpus: far below today's, well above zero. */
const MINIMUM = {
	banner: 1000,
	dtg: 1000,
	tag: 5000,
	paragraph: 5000,
	portion: 5000,
	'routing indicator': 5000,
	'security letters': 1000,
	precedence: 5000,
	caveat: 1000,
	'caption keyword': 3000,
	'E.O. order': 1000,
	'DECL date': 500,
	reference: 500,
	reason: 1000,
	heading: 500,
	'page marker': 500,
} as const;
type Kind = keyof typeof MINIMUM;
const KINDS = Object.keys(MINIMUM) as Kind[];

/** A line that takes this long has a pattern backtracking out of control, whatever the machine. */
const RUNAWAY_MS = 10_000;

interface Expectation {
	readonly kind: Kind;
	readonly range: Range;
	/** Every token over the range must carry one of these scopes or a narrower one. */
	readonly scopes: readonly string[];
	/** Check only the first characters of the range (a tag's code, not the person after it). */
	readonly length?: number;
	/** A reason past the sentence that holds the reasons, a reference past the REF field. */
}

const LEVEL: Record<ClassificationLevel, string> = {
	unclassified: 'unclassified',
	confidential: 'confidential',
	secret: 'secret',
	topSecret: 'topsecret',
};
const classification = (level: ClassificationLevel) => [`constant.language.classification.${LEVEL[level]}`];
const TAG = ['support.function.tag.subject', 'support.type.tag.country', 'support.variable.tag.other'];
const ROUTING_INDICATOR = ['entity.name.type.routing-indicator'];
const PRECEDENCE = ['keyword.control.precedence'];

function* headerElements(h: TransmissionHeader): Generator<Expectation> {
	for (const relay of h.relay) {
		yield { kind: 'precedence', range: relay.prosign.range, scopes: ['keyword.control.precedence.prosign'] };
		for (const ri of relay.indicators) yield { kind: 'routing indicator', range: ri.range, scopes: ROUTING_INDICATOR };
	}
	if (h.de?.station) yield { kind: 'routing indicator', range: h.de.station.range, scopes: ROUTING_INDICATOR };
	if (h.security?.letters && h.security.level) {
		yield { kind: 'security letters', range: h.security.letters.range, scopes: classification(h.security.level) };
	}
	if (h.dtg) {
		yield { kind: 'dtg', range: h.dtg.dtg.range, scopes: ['constant.numeric.dtg'] };
		for (const letter of h.dtg.precedence) yield { kind: 'precedence', range: letter.range, scopes: PRECEDENCE };
	}
	for (const addressee of h.addressLists.flatMap((list) => list.addressees)) {
		if (addressee.indicator) yield { kind: 'routing indicator', range: addressee.indicator.range, scopes: ROUTING_INDICATOR };
		if (addressee.precedence) yield { kind: 'precedence', range: addressee.precedence.range, scopes: PRECEDENCE };
	}
}

function* bannerBlockElements(block: BannerBlock): Generator<Expectation> {
	const level = block.banner?.classification.level;
	if (block.banner && level) yield { kind: 'banner', range: block.banner.classification.range, scopes: classification(level) };
	for (const caveat of block.caveats) yield { kind: 'caveat', range: caveat.range, scopes: ['storage.modifier.caveat'] };
	const caption = block.caption;
	if (!caption) return;
	for (const keyword of [
		caption.eo?.keyword,
		caption.tags?.keyword,
		caption.subject?.keyword,
		caption.refs?.keyword,
		caption.classifiedBy?.keyword,
	]) {
		if (keyword) yield { kind: 'caption keyword', range: keyword.range, scopes: ['keyword.other'] };
	}
	if (caption.eo?.order) yield { kind: 'E.O. order', range: caption.eo.order.range, scopes: ['constant.numeric.order'] };
	const decl = caption.eo?.declKind === 'date' ? caption.eo.decl : undefined;
	const date = decl && /\d{1,4}[/-]\d{1,2}[/-]\d{1,4}/.exec(decl.text);
	if (decl && date) {
		// The date alone: in "DECL: DECL: 06/09/2016" the parser's field keeps the second keyword.
		const { line, character } = decl.range.start;
		const start = character + date.index;
		const range = { start: { line, character: start }, end: { line, character: start + date[0].length } };
		yield { kind: 'DECL date', range, scopes: ['constant.numeric.date.decl'] };
	}
	// A free-text tag (`HUMAN RIGHTS`) is one tag to the parser, a word at a time to the grammar: its first word is checked.
	for (const tag of caption.tags?.tags ?? []) yield { kind: 'tag', range: tag.range, scopes: TAG, length: firstWordLength(tag.code) };
	for (const item of caption.refs?.items ?? []) {
		if (item.cable) yield { kind: 'reference', range: item.cable.serial.range, scopes: ['variable.other.constant.reference'] };
	}
	for (const reason of caption.classifiedBy?.reasons ?? []) {
		yield { kind: 'reason', range: reason.range, scopes: ['constant.character.reason'] };
	}
}

const firstWordLength = (code: string): number => (code.includes(' ') ? code.indexOf(' ') : code.length);

function* bodyElements(body: Body): Generator<Expectation> {
	for (const heading of body.headings) {
		// An underlined title is known only from the rule on the next line, out of a line grammar's reach.
		if (heading.style !== 'underlined') yield { kind: 'heading', range: heading.title.range, scopes: ['markup.heading.section'] };
	}
	for (const marker of body.pageMarkers) {
		const scopes = marker.style === 'continuation' ? ['comment.line.page-marker'] : ['constant.numeric.page'];
		yield { kind: 'page marker', range: marker.page.range, scopes };
	}
	for (const paragraph of body.paragraphs) {
		yield { kind: 'paragraph', range: paragraph.marker.range, scopes: ['constant.numeric.paragraph'] };
		if (paragraph.portion) yield { kind: 'portion', range: paragraph.portion.range, scopes: classification(paragraph.portion.level) };
	}
}

function* expectations(model: CableModel): Generator<Expectation> {
	for (const header of model.header ? [model.header, ...model.repeatedHeaders] : model.repeatedHeaders) yield* headerElements(header);
	for (const block of model.bannerBlocks) yield* bannerBlockElements(block);
	if (model.body) yield* bodyElements(model.body);
}

/** Why the tokens over an element disagree, or undefined when each carries an expected scope. */
function disagreement(lines: readonly TokenizedLine[], e: Expectation): string | undefined {
	const line = lines[e.range.start.line];
	if (!line) return 'line out of range';
	const start = e.range.start.character;
	const rangeEnd = e.range.end.line === e.range.start.line ? e.range.end.character : line.text.length;
	const tokens = tokensIn(line, start, e.length === undefined ? rangeEnd : Math.min(rangeEnd, start + e.length));
	if (tokens.length === 0) return 'no token';
	const wrong = tokens.find((t) => !e.scopes.some((scope) => hasScope(t, scope)));
	return wrong && `${JSON.stringify(wrong.text.slice(0, 30))} has ${wrong.scopes.slice(1).join(' ') || 'no scope'}`;
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const share = (failed: number, of: number) => `${of - failed}/${of} (${of ? ((100 * (of - failed)) / of).toFixed(2) : '0'}%)`;

describe('grammar agrees with the parser on the corpus', { skip: corpusSkipReason }, () => {
	it('colours every element the parser finds with the matching scope', async (t) => {
		const grammar = await cableGrammar();
		const checked = new Map<Kind, number>();
		const failed = new Map<Kind, number>();
		const failures: string[] = [];
		const runaways: string[] = [];
		for (const cable of corpusCables()) {
			const lines = tokenizeText(grammar, cable.text, RUNAWAY_MS);
			lines.forEach((line, i) => line.stoppedEarly && runaways.push(`${cable.name}:${i + 1}`));
			for (const e of expectations(parseCable(cable.text, cable.uri, 1))) {
				const text = lines[e.range.start.line]?.text ?? '';
				count(checked, e.kind);
				const why = disagreement(lines, e);
				if (why === undefined) continue;
				count(failed, e.kind);
				const { line, character } = e.range.start;
				failures.push(
					`${cable.name}:${line + 1}:${character + 1} ${e.kind} ${JSON.stringify(text.slice(character, character + 40))}: ${why}`,
				);
			}
		}
		const total = [...checked.values()].reduce((a, b) => a + b, 0);
		t.diagnostic(`grammar/parser agreement: ${share(failures.length, total)}`);
		for (const kind of KINDS) t.diagnostic(`  ${kind}: ${share(failed.get(kind) ?? 0, checked.get(kind) ?? 0)}`);

		assert.deepEqual(runaways, [], `lines that ran past ${RUNAWAY_MS} ms`);
		for (const kind of KINDS) {
			assert.ok((checked.get(kind) ?? 0) >= MINIMUM[kind], `the parser found only ${checked.get(kind) ?? 0} ${kind} elements`);
		}
		assert.deepEqual(failures.slice(0, 40), [], `${failures.length} elements disagree`);
	});
});
