/**
 * Measure 6: the workspace collection (issue 15) on synthetic workspaces of corpus cables at the
 * scale of the whole release: the cold index build against a bare read of the same files on
 * both cores, the warm start from the persisted index, the server's memory, and the latency of
 * definition, references and workspace symbols over stdio against the no-op round trip, at two
 * sizes to show how each cost grows.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Location, LocationLink, Position, SymbolInformation } from 'vscode-languageserver-types';
import { readAndSplit } from './floor/readAndSplit';
import type { Plan } from './options';
import { bytes, type Findings, fixed, ms, ratio, type Target } from './report';
import { summarize } from './stats';
import { cableText, type SyntheticCable, type SyntheticWorkspace, syntheticWorkspace } from './syntheticWorkspace';
import { WorkspaceSession } from './workspaceSession';

const BUILD_RATIO = 3;
const WARM_START_MS = 3000;
/** Decimal megabytes, as every size in this report. */
const RSS_BUDGET = 600_000_000;
const LATENCY_BUDGET = { definition: 5, references: 20, symbol: 50 } as const;
/** Linear up to noise, as measure 5 reads it. */
const MAX_EXPONENT = 1.15;
/** Documents opened for definition and references. */
const DOCUMENTS = 20;

type Kind = 'noop' | 'definition' | 'references' | 'symbol';

interface Query {
	readonly kind: string;
	readonly text: string;
}

interface Scale {
	readonly cables: number;
	readonly bytes: number;
	readonly templates: number;
	readonly floorMs: number[];
	readonly coldMs: number;
	readonly coldRss: number;
	readonly indexBytes: number;
	readonly firstDefinitionMs: number;
	readonly warmMs: number;
	readonly warmRss: number;
	readonly samples: Record<Kind, number[]>;
	readonly symbolByKind: Map<string, number[]>;
	/** Requests answered with nothing, though the workspace holds what they ask for. */
	readonly empty: Record<Kind, number>;
	readonly coldLog: string;
}

export async function collection(plan: Plan): Promise<Findings> {
	const scales: Scale[] = [];
	for (const count of plan.collectionSizes) scales.push(await measureScale(count, plan.collectionRequests));
	return findings(scales, plan);
}

async function measureScale(count: number, requests: number): Promise<Scale> {
	const log = (line: string) => process.stderr.write(`bench:   ${line}\n`);
	const workspace = syntheticWorkspace(count, log);
	const paths = workspace.cables.map((cable) => cable.path);
	const threads = Math.min(2, availableParallelism());
	const floor = async () => {
		const started = performance.now();
		await readAndSplit(paths, threads);
		return performance.now() - started;
	};
	const storage = mkdtempSync(join(tmpdir(), 'cable-bench-storage-'));
	try {
		// The files are read once before timing, so both the floor and the build find them cached.
		await floor();
		const floorMs = [await floor()];
		log(`${count} cables: floor ${ms(floorMs[0]!)}; cold build…`);
		const cold = await WorkspaceSession.start(workspace.folder, storage);
		const coldMs = await cold.untilIndexed(count);
		const coldRss = cold.rssBytes();
		await cold.close();
		const coldLog = cold.logs.find((line) => line.startsWith('Cable index')) ?? '';
		floorMs.push(await floor());
		const indexBytes = readdirSync(storage).reduce((sum, name) => sum + statSync(join(storage, name)).size, 0);
		log(`${count} cables: cold ${ms(coldMs)}, ${bytes(coldRss)}; warm start…`);

		const documents = chosenDocuments(workspace);
		const warm = await WorkspaceSession.start(workspace.folder, storage);
		const first = documents.citing[0]!;
		await warm.open(first.uri, first.text);
		const definition = { textDocument: { uri: first.uri }, position: first.citations[0]! };
		const firstDefinitionMs = await warm.until(
			async () => Boolean((await warm.request<LocationLink[] | null>('textDocument/definition', definition))?.length),
			'definition',
			5,
		);
		const warmMs = await warm.untilIndexed(count);
		const latencies = await latenciesOf(warm, documents, queriesFor(workspace), requests);
		const warmRss = warm.rssBytes();
		await warm.close();
		return {
			cables: count,
			bytes: workspace.bytes,
			templates: workspace.templates.length,
			floorMs,
			coldMs,
			coldRss,
			indexBytes,
			firstDefinitionMs,
			warmMs,
			warmRss,
			coldLog,
			...latencies,
		};
	} finally {
		rmSync(storage, { recursive: true, force: true });
	}
}

interface OpenDocument {
	readonly uri: string;
	readonly text: string;
	/** Inside each REF item's citation. */
	readonly citations: Position[];
	/** On the SUBJECT line: the caption, where references are asked. */
	readonly caption: Position;
}

/** Cables citing others (for definition) and cables cited by others (for references), spread over the workspace. */
function chosenDocuments(workspace: SyntheticWorkspace): { citing: OpenDocument[]; cited: OpenDocument[] } {
	const { cables, templates } = workspace;
	const citers = new Uint32Array(cables.length);
	for (const cable of cables) for (const cited of cable.cites) citers[cited]!++;
	const spread = (keep: (cable: SyntheticCable) => boolean) => {
		const kept = cables.filter(keep);
		const step = Math.max(1, Math.floor(kept.length / DOCUMENTS));
		return kept
			.filter((_, index) => index % step === 0)
			.slice(0, DOCUMENTS)
			.map((cable) => openDocument(cable, cableText(templates[cable.template]!, cable, cables), cables));
	};
	return { citing: spread((cable) => cable.cites.length > 0), cited: spread((cable) => citers[cable.index]! > 0) };
}

function openDocument(cable: SyntheticCable, text: string, cables: readonly SyntheticCable[]): OpenDocument {
	const positionOf = (offset: number): Position => {
		const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		let line = 0;
		for (let at = text.indexOf('\n'); at >= 0 && at < lineStart; at = text.indexOf('\n', at + 1)) line++;
		return { line, character: offset - lineStart };
	};
	const refAt = text.indexOf('REF: ');
	const citations = cable.cites.map((index) => {
		const cited = cables[index]!.id;
		const written = `${cited.slice(0, 2)} ${cited.slice(2).replace(/\d+$/, '')} ${/\d+$/.exec(cited)![0]}`;
		return positionOf(text.indexOf(written, refAt) + 3);
	});
	const subjectAt = text.indexOf('SUBJECT');
	return { uri: pathToFileURL(cable.path).href, text, citations, caption: positionOf(Math.max(0, subjectAt) + 2) };
}

/**
 * What Ctrl+T is asked, by kind: ids as typed (exact, without the year, cut short), words of a
 * subject, a tag, an origin, a word in thousands of subjects, and a single letter.
 */
function queriesFor(workspace: SyntheticWorkspace): Query[] {
	const { cables, templates } = workspace;
	const queries: Query[] = [];
	const step = Math.max(1, Math.floor(cables.length / 6));
	for (let index = 0; index < cables.length; index += step) {
		const cable = cables[index]!;
		const template = templates[cable.template]!;
		const serial = cable.id.slice(2 + template.origin.length);
		const subject = subjectWords(cableText(template, cable, cables));
		queries.push(
			{ kind: 'exact id', text: cable.id },
			{ kind: 'id without year', text: `${template.origin} ${serial}` },
			{ kind: 'id prefix', text: cable.id.slice(0, 2 + template.origin.length + 1) },
			{ kind: 'origin', text: template.origin },
		);
		if (subject.length >= 2) queries.push({ kind: 'subject words', text: subject.slice(0, 2).join(' ').toLowerCase() });
	}
	queries.push(
		{ kind: 'tag', text: 'PREL' },
		{ kind: 'tag', text: 'PGOV' },
		{ kind: 'common word', text: 'and' },
		{ kind: 'common word', text: 'security' },
		{ kind: 'one letter', text: 'a' },
		{ kind: 'one letter', text: 's' },
	);
	return queries;
}

/** The subject's longer words, longest first: what a user remembers of it. */
function subjectWords(text: string): string[] {
	const line = /^SUBJECT:\s*(.*)$/m.exec(text)?.[1] ?? '';
	return line
		.split(/[^A-Za-z]+/)
		.filter((word) => word.length >= 5)
		.sort((a, b) => b.length - a.length);
}

/** Request orders in which each kind follows each other kind equally often (a balanced Latin square). */
const ORDERS: ReadonlyArray<readonly Kind[]> = [
	['noop', 'definition', 'symbol', 'references'],
	['definition', 'references', 'noop', 'symbol'],
	['references', 'symbol', 'definition', 'noop'],
	['symbol', 'noop', 'references', 'definition'],
];

async function latenciesOf(
	session: WorkspaceSession,
	documents: { citing: OpenDocument[]; cited: OpenDocument[] },
	queries: readonly Query[],
	requests: number,
): Promise<Pick<Scale, 'samples' | 'symbolByKind' | 'empty'>> {
	for (const document of [...documents.citing, ...documents.cited]) await session.open(document.uri, document.text);
	const samples: Record<Kind, number[]> = { noop: [], definition: [], references: [], symbol: [] };
	const empty: Record<Kind, number> = { noop: 0, definition: 0, references: 0, symbol: 0 };
	const symbolByKind = new Map<string, number[]>();
	const send: Record<Kind, (round: number) => Promise<unknown[] | null | undefined>> = {
		noop: async () => (await session.noop(), undefined),
		definition: (round) => {
			const document = documents.citing[round % documents.citing.length]!;
			const position = document.citations[Math.floor(round / documents.citing.length) % document.citations.length]!;
			return session.request<Array<Location | LocationLink> | null>('textDocument/definition', {
				textDocument: { uri: document.uri },
				position,
			});
		},
		references: (round) => {
			const document = documents.cited[round % documents.cited.length]!;
			return session.request<Location[] | null>('textDocument/references', {
				textDocument: { uri: document.uri },
				position: document.caption,
				context: { includeDeclaration: false },
			});
		},
		symbol: (round) => session.request<SymbolInformation[] | null>('workspace/symbol', { query: queries[round % queries.length]!.text }),
	};
	// Untimed: every handler and the search's blocks warm.
	for (let round = 0; round < Math.max(queries.length, DOCUMENTS); round++) for (const kind of ORDERS[0]!) await send[kind](round);
	for (let round = 0; round < requests; round++) {
		for (const kind of ORDERS[round % ORDERS.length]!) {
			const started = performance.now();
			const answer = await send[kind](round);
			const elapsed = performance.now() - started;
			samples[kind].push(elapsed);
			if (kind !== 'noop' && !answer?.length) empty[kind]++;
			if (kind === 'symbol') {
				const queryKind = queries[round % queries.length]!.kind;
				symbolByKind.set(queryKind, [...(symbolByKind.get(queryKind) ?? []), elapsed]);
			}
		}
	}
	return { samples, symbolByKind, empty };
}

const exponent = (small: number, large: number, smallCount: number, largeCount: number) =>
	Math.log(large / small) / Math.log(largeCount / smallCount);
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function findings(scales: readonly Scale[], plan: Plan): Findings {
	const largest = scales[scales.length - 1]!;
	const label = (scale: Scale) => `${scale.cables.toLocaleString('en-US')} cables`;
	const p95 = (scale: Scale, kind: Kind) => summarize(scale.samples[kind]).p95;
	const buildRows = scales.map((scale) => {
		const floor = mean(scale.floorMs);
		return [
			label(scale),
			bytes(scale.bytes),
			`${ms(scale.coldMs)} (${bytes(scale.bytes / (scale.coldMs / 1000))}/s)`,
			`${ms(floor)} (${scale.floorMs.map(ms).join(', ')})`,
			ratio(scale.coldMs / floor),
			bytes(scale.indexBytes),
			ms(scale.firstDefinitionMs),
			ms(scale.warmMs),
			bytes(scale.coldRss),
			bytes(scale.warmRss),
		];
	});
	const latencyRows = scales.flatMap((scale) =>
		(['noop', 'definition', 'references', 'symbol'] as const).map((kind) => {
			const s = summarize(scale.samples[kind]);
			return [
				label(scale),
				kind === 'noop' ? 'no-op round trip (baseline)' : kind === 'symbol' ? 'workspace symbol' : kind,
				String(s.n),
				ms(s.p50),
				ms(s.p95),
				ms(s.max),
				kind === 'noop' ? '' : `${ms(s.p95 - p95(scale, 'noop'))} (${ratio(s.p95 / p95(scale, 'noop'))})`,
				kind === 'noop' ? '' : String(scale.empty[kind]),
			];
		}),
	);
	const symbolRows = scales.flatMap((scale) =>
		[...scale.symbolByKind].map(([kind, samples]) => {
			const s = summarize(samples);
			return [label(scale), kind, String(s.n), ms(s.p50), ms(s.p95), ms(s.max)];
		}),
	);
	const tables = [
		{
			columns: [
				'Workspace',
				'Bytes',
				'Cold build',
				'Floor: read + split, both cores (runs)',
				'Build / floor',
				'Index file',
				'Warm: first definition',
				'Warm: index complete',
				'RSS after cold build',
				'RSS after warm start + requests',
			],
			rows: buildRows,
		},
		{ columns: ['Workspace', 'Request', 'n', 'p50', 'p95', 'max', 'p95 above the no-op', 'empty answers'], rows: latencyRows },
		{ columns: ['Workspace', 'Workspace symbol query', 'n', 'p50', 'p95', 'max'], rows: symbolRows },
	];
	const targets: Target[] = [];
	for (const scale of scales) {
		const r = scale.coldMs / mean(scale.floorMs);
		targets.push({
			goal: `cold index build within ${BUILD_RATIO}× the bare read + split on both cores (${label(scale)})`,
			measured: `${ms(scale.coldMs)} vs ${ms(mean(scale.floorMs))}: ${ratio(r)}`,
			met: r <= BUILD_RATIO,
		});
	}
	const atScale = `(${label(largest)})`;
	targets.push({
		goal: `warm start from the persisted index within ${WARM_START_MS / 1000} s, first definition before that ${atScale}`,
		measured: `complete at ${ms(largest.warmMs)}, first definition at ${ms(largest.firstDefinitionMs)}`,
		met: largest.warmMs <= WARM_START_MS && largest.firstDefinitionMs <= largest.warmMs,
	});
	const rss = Math.max(largest.coldRss, largest.warmRss);
	targets.push({
		goal: `server RSS with the workspace indexed at most ${bytes(RSS_BUDGET)} ${atScale}`,
		measured: `${bytes(largest.coldRss)} after the cold build, ${bytes(largest.warmRss)} after the warm start`,
		met: rss <= RSS_BUDGET,
	});
	for (const kind of ['definition', 'references', 'symbol'] as const) {
		const above = p95(largest, kind) - p95(largest, 'noop');
		targets.push({
			goal: `${kind === 'symbol' ? 'workspace symbol' : kind} p95 at most ${LATENCY_BUDGET[kind]} ms above the no-op ${atScale}`,
			measured: `${ms(p95(largest, kind))} vs ${ms(p95(largest, 'noop'))}: ${ms(above)} above`,
			met: above <= LATENCY_BUDGET[kind],
		});
	}
	const growthRows: string[][] = [];
	if (scales.length > 1) {
		const small = scales[0]!;
		const figures: Array<[string, (scale: Scale) => number, (n: number) => string]> = [
			['cold build', (s) => s.coldMs, ms],
			['floor (baseline)', (s) => mean(s.floorMs), ms],
			['warm start, index complete', (s) => s.warmMs, ms],
			['warm start, first definition', (s) => s.firstDefinitionMs, ms],
			['index file', (s) => s.indexBytes, bytes],
			['RSS after cold build', (s) => s.coldRss, bytes],
			['RSS after warm start', (s) => s.warmRss, bytes],
			['definition p50', (s) => summarize(s.samples.definition).p50, ms],
			['references p50', (s) => summarize(s.samples.references).p50, ms],
			['workspace symbol p50', (s) => summarize(s.samples.symbol).p50, ms],
			['workspace symbol p95', (s) => summarize(s.samples.symbol).p95, ms],
		];
		const exponents = figures.map(([name, of]) => [name, exponent(of(small), of(largest), small.cables, largest.cables)] as const);
		for (const [name, of, format] of figures)
			growthRows.push([
				name,
				format(of(small)),
				format(of(largest)),
				fixed(exponent(of(small), of(largest), small.cables, largest.cables)),
			]);
		const steep = exponents.filter(([, value]) => value > MAX_EXPONENT);
		targets.push({
			goal: `cost grows linearly from ${label(small)} to ${label(largest)}: every growth exponent at most ${MAX_EXPONENT}`,
			measured: steep.length
				? steep.map(([name, value]) => `${name}: ${fixed(value)}`).join('; ')
				: `highest ${fixed(Math.max(...exponents.map(([, value]) => value)))}`,
			met: steep.length === 0,
		});
		tables.push({ columns: ['Figure', label(small), label(largest), 'Growth exponent'], rows: growthRows });
	}
	return {
		method:
			`Synthetic workspaces written on demand under the temp folder (bench/syntheticWorkspace.ts, reused while their version matches): ${largest.templates} of the corpus cables ` +
			'whose id and REF blocks read back as rewritten are templates, copied in turn, each copy with an id of its own (same year and post, a new serial in every place the cable states it) ' +
			'and its REF blocks rewritten to cite as many cables of its own 25,000-cable part as it cited before (`REF: A. 09 BEIJING 4`), so the small workspace is the first part of the large one. ' +
			'Cold build: the server bundle started with `--stdio` on the folder with an empty storage path, timed from its spawn until `cable/indexStatus` says complete, against the floor: ' +
			`every file read and split into lines on ${Math.min(2, availableParallelism())} worker threads (bench/floor/readAndSplit.ts), timed before and after the build with the files in the page cache. ` +
			'Warm start: a second server on the same storage path, a citing cable opened at once and definition asked until it answers (first definition), then until the index is complete (every file stat-ed against its stamp). ' +
			`Then ${plan.collectionRequests} rounds of no-op, definition (on REF items of ${DOCUMENTS} open citing cables), references (on the SUBJECT line of ${DOCUMENTS} open cited cables) and workspace symbol ` +
			'(exact ids, ids without year, id prefixes, origins, subject words, tags, a common word, one letter), in balanced orders, after an untimed warm-up. RSS: VmRSS of the server process.',
		tables,
		targets,
		notes: scales.map((scale) => `${label(scale)}, the server's log: ${scale.coldLog}`),
	};
}
