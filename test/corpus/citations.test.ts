/**
 * Every real cable through the citation readers: nothing throws, every range lies inside its
 * document, every id is well formed with an origin of the originators table, no item typed as
 * something other than a cable yields an id, and the publisher's ids agree with the headers'.
 * The counts (REF items, how many resolve) are printed as information.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { canonicalCableId, canonicalizeId, headerId } from '../../server/src/citations/cableId';
import { cableReferences } from '../../server/src/citations/references';
import { originatorByName } from '../../server/src/data/originators';
import { parseCable } from '../../server/src/model/parse';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';
import { lineLengths } from '../helpers/structure';

const ID = /^(\d{2})([A-Z]+)(\d+)$/;

function idProblem(id: string): string | undefined {
	const match = ID.exec(id);
	if (!match) return `malformed id ${id}`;
	return originatorByName(match[2]!) ? undefined : `origin of ${id} is not in the originators table`;
}

function rangeProblem(range: Range, lengths: readonly number[]): string | undefined {
	const { start, end } = range;
	const inside = (p: Range['start']) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line]!;
	if (!inside(start) || !inside(end)) return `range ${JSON.stringify(range)} outside the document`;
	if (start.line > end.line || (start.line === end.line && start.character > end.character))
		return `range ${JSON.stringify(range)} ends before it starts`;
	return undefined;
}

describe('citations over the corpus', { skip: corpusSkipReason }, () => {
	const problems: string[] = [];
	const counts = {
		cables: 0,
		blocks: 0,
		textBlocks: 0,
		items: 0,
		cableItems: 0,
		resolvedItems: 0,
		ids: 0,
		mentions: 0,
		resolvedMentions: 0,
	};
	const kinds = new Map<string, number>();
	const identity = { metadata: 0, header: 0, none: 0, repaired: 0, headerAgrees: 0, headerDiffers: [] as string[] };

	for (const cable of corpusCables()) {
		counts.cables++;
		const lengths = lineLengths(cable.text);
		const report = (problem: string | undefined) => problem && problems.push(`${cable.name}: ${problem}`);
		try {
			const model = parseCable(cable.text, cable.uri, 1);
			const own = canonicalCableId(model);
			if (own) {
				identity[own.from]++;
				if (own.repairs.length) identity.repaired++;
				report(idProblem(own.id));
			} else identity.none++;
			const written = model.metadata?.fields.find((field) => field.key === 'id')?.value.text;
			const fromWritten = written ? canonicalizeId(written) : undefined;
			const fromHeader = headerId(model);
			if (fromWritten && fromHeader) {
				if (fromWritten.id === fromHeader.id) identity.headerAgrees++;
				else identity.headerDiffers.push(`${cable.name}: ${fromWritten.id} / header ${fromHeader.id}`);
			}

			const refs = cableReferences(model, cable.text);
			for (const block of refs.blocks) {
				counts.blocks++;
				if (block.foundBy === 'text') counts.textBlocks++;
				report(rangeProblem(block.range, lengths));
			}
			for (const item of refs.items) {
				counts.items++;
				kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
				report(rangeProblem(item.range, lengths));
				if (item.kind !== 'cable' && item.ids.length) report(`${item.kind} item ${JSON.stringify(item.text)} yields ${item.ids.join(' ')}`);
				if (item.kind === 'cable') {
					counts.cableItems++;
					if (item.ids.length) counts.resolvedItems++;
				}
				for (const cited of item.cables) {
					report(rangeProblem(cited.range, lengths));
					if (cited.id) report(idProblem(cited.id));
				}
				if (own && item.ids.includes(own.id)) report(`cites itself: ${JSON.stringify(item.text)}`);
				counts.ids += item.ids.length;
			}
			for (const mention of refs.mentions) {
				counts.mentions++;
				if (mention.ids.length) counts.resolvedMentions++;
				report(rangeProblem(mention.range, lengths));
				for (const id of mention.ids) report(idProblem(id));
			}
		} catch (error) {
			problems.push(`${cable.name}: threw ${error instanceof Error ? error.stack : String(error)}`);
		}
	}

	it('reads every cable without throwing, with every range inside the document', () => {
		assert.deepEqual(problems, []);
	});

	it('finds the REF items and resolves nearly all cable citations', () => {
		console.log(`citations: ${JSON.stringify(counts)}; kinds ${JSON.stringify(Object.fromEntries(kinds))}`);
		console.log(`cable ids: ${JSON.stringify({ ...identity, headerDiffers: identity.headerDiffers.length })}`);
		assert.ok(counts.items > 1000, `only ${counts.items} REF items found`);
		assert.ok(counts.resolvedItems / counts.cableItems > 0.95, `${counts.resolvedItems} of ${counts.cableItems} cable items resolved`);
	});

	it("gives every cable with a publisher's id or a full header its id, and the two agree", () => {
		assert.deepEqual(identity.headerDiffers, []);
		assert.ok(identity.headerAgrees > 1000, `header and publisher agree on only ${identity.headerAgrees} ids`);
		assert.ok(identity.none < counts.cables / 50, `${identity.none} of ${counts.cables} cables without an id`);
	});
});
