/**
 * Hovers every tag and routing indicator the parser finds in the real-cable corpus and
 * reports how many are decoded. For codes our tables hold the share must be near-total
 * (anything less means the parser and the hover disagree about where a code is); codes the
 * tables lack are listed so that the tables can grow.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInRoutingIndicators } from '../../server/src/data/routingIndicators';
import { builtInTags } from '../../server/src/data/tagTable';
import { createCableLanguageService } from '../../server/src/languageService';
import type { CableModel, Field } from '../../server/src/model/types';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';
import { doc } from '../helpers/documents';
import { hoverWords } from '../helpers/hover';

interface Tally {
	occurrences: number;
	inTable: number;
	inTableDecoded: number;
	/** Of those, the ones whose table entry has a meaning (the rest are known by kind only). */
	inTableWithMeaning: number;
	/** Codes not in the tables that the hover still explains (nearest code, RI family). */
	notInTableExplained: number;
	missing: Map<string, number>;
	failed: Map<string, string>;
}

const tally = (): Tally => ({
	occurrences: 0,
	inTable: 0,
	inTableDecoded: 0,
	inTableWithMeaning: 0,
	notInTableExplained: 0,
	missing: new Map(),
	failed: new Map(),
});

function tagsOf(model: CableModel): Field[] {
	return model.bannerBlocks.flatMap((block) => [...(block.caption?.tags?.tags ?? [])]);
}

function indicatorsOf(model: CableModel): Field[] {
	return [model.header, ...model.repeatedHeaders].flatMap((header) =>
		header
			? [
					...header.relay.flatMap((relay) => relay.indicators),
					...(header.de?.station ? [header.de.station] : []),
					...header.addressLists.flatMap((list) =>
						list.addressees.flatMap((addressee) => (addressee.indicator ? [addressee.indicator] : [])),
					),
				]
			: [],
	);
}

function percent(part: number, whole: number): string {
	return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(2)}%`;
}

function top(counts: Map<string, number>, n: number): string {
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, n)
		.map(([code, count]) => `${code} ${count}`)
		.join(', ');
}

describe('hover decoding across the corpus', { skip: corpusSkipReason }, () => {
	const service = createCableLanguageService();
	const tags = tally();
	const indicators = tally();
	let cables = 0;

	/**
	 * Counts one hovered code. `expected` is what the tables say (tag meanings, the RI's
	 * station): a code counts as decoded when its hover leads with the code and shows all of it.
	 */
	function record(
		counts: Tally,
		code: string,
		words: string,
		expected: readonly string[] | undefined,
		explained: RegExp,
		where: string,
	): void {
		counts.occurrences++;
		if (!expected) {
			counts.missing.set(code, (counts.missing.get(code) ?? 0) + 1);
			if (explained.test(words)) counts.notInTableExplained++;
			return;
		}
		counts.inTable++;
		if (!words.startsWith(`${code} · `) || !expected.every((text) => words.includes(text))) {
			counts.failed.set(code, `${where}: ${words.slice(0, 80)}`);
			return;
		}
		counts.inTableDecoded++;
		if (expected.some((text) => text !== '')) counts.inTableWithMeaning++;
	}

	for (const cable of corpusCables()) {
		cables++;
		const document = doc(cable.text, cable.uri);
		const model = service.getModel(document);
		const hoverWordsAt = (field: Field) => hoverWords(service.getHover(document, field.range.start));
		for (const tag of tagsOf(model)) {
			const code = tag.text.trim().toUpperCase();
			const meanings = builtInTags.get(code)?.map((entry) => entry.meaning);
			record(tags, code, hoverWordsAt(tag), meanings, /Nearest known tag/, cable.name);
		}
		for (const indicator of indicatorsOf(model)) {
			const station = builtInRoutingIndicators.get(indicator.text)?.[0]?.station;
			const explained = /Closest known indicator|Family|Second letter|operating signal/;
			record(indicators, indicator.text, hoverWordsAt(indicator), station === undefined ? undefined : [station], explained, cable.name);
		}
	}

	function report(name: string, counts: Tally, diagnostic: (message: string) => void): void {
		const notInTable = counts.occurrences - counts.inTable;
		diagnostic(
			`${name}: ${counts.occurrences} occurrences in ${cables} cables; decoded ${percent(counts.inTableDecoded, counts.occurrences)} overall; ` +
				`in the tables ${counts.inTable} (${percent(counts.inTable, counts.occurrences)}), decoded ${percent(counts.inTableDecoded, counts.inTable)} ` +
				`(${counts.inTableWithMeaning} with a meaning, ${counts.inTableDecoded - counts.inTableWithMeaning} known by kind only); ` +
				`not in the tables ${notInTable}, of which ${counts.notInTableExplained} get a nearest code or family`,
		);
		diagnostic(`${name} missing from the tables (${counts.missing.size} codes, top 25): ${top(counts.missing, 25)}`);
		if (counts.failed.size > 0)
			diagnostic(
				`${name} in the tables but not decoded: ${[...counts.failed]
					.slice(0, 10)
					.map(([code, where]) => `${code} (${where})`)
					.join('; ')}`,
			);
	}

	it('decodes nearly every tag the tables know', (t) => {
		report('tags', tags, (message) => t.diagnostic(message));
		assert.ok(tags.occurrences > 1000, `only ${tags.occurrences} tags found`);
		assert.ok(tags.inTableDecoded / tags.inTable >= 0.99, `in-table tags decoded: ${percent(tags.inTableDecoded, tags.inTable)}`);
	});

	it('decodes nearly every routing indicator the tables know', (t) => {
		report('routing indicators', indicators, (message) => t.diagnostic(message));
		assert.ok(indicators.occurrences > 1000, `only ${indicators.occurrences} indicators found`);
		assert.ok(
			indicators.inTableDecoded / indicators.inTable >= 0.99,
			`in-table indicators decoded: ${percent(indicators.inTableDecoded, indicators.inTable)}`,
		);
	});
});
