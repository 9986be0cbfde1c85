/**
 * Measure 4: time to the server's initialize response, bundle and .vsix sizes, and the
 * server's memory with every corpus cable open; each against the bare vscode-languageserver
 * server and bare vscode-languageclient extension built with the same options.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/helpers/corpus';
import { BARE_CLIENT, BARE_SERVER, EXTENSION, SERVER } from './builds';
import { corpusInputs, totalBytes } from './inputs';
import { BenchServer } from './lspSession';
import type { Plan } from './options';
import { type Findings, bytes, ms, ratio, spread } from './report';
import { median, timeMsAsync } from './stats';

/** Spawn to initialize response, ours and the bare server in alternation. */
async function startupTimes(starts: number): Promise<{ ours: number[]; bare: number[] }> {
	const times = { ours: [] as number[], bare: [] as number[] };
	const once = async (path: string) => {
		let server: BenchServer | undefined;
		const time = await timeMsAsync(async () => {
			server = await BenchServer.start(path);
		});
		await server!.shutdown();
		return time;
	};
	await once(SERVER); // warms the file cache for both: the figure is a warm start, as on every start after the first
	await once(BARE_SERVER);
	for (let i = 0; i < starts; i++) {
		times.ours.push(await once(SERVER));
		times.bare.push(await once(BARE_SERVER));
	}
	return times;
}

/** RSS once every corpus cable is open and the editor has asked each for its outline. */
async function residentWithCorpus(path: string): Promise<number> {
	const server = await BenchServer.start(path);
	try {
		for (const cable of corpusInputs()) {
			await server.session.open(cable.uri, cable.text);
			await server.request('textDocument/documentSymbol', { textDocument: { uri: cable.uri } }).catch(() => undefined);
		}
		await server.noop();
		return server.rssBytes();
	} finally {
		await server.shutdown();
	}
}

/** The size of the package `npm run package` makes, or why there is none. */
function vsixSize(): number | string {
	const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
	if (!manifest.scripts?.package) return 'not yet (no `package` script)';
	const directory = mkdtempSync(join(tmpdir(), 'cable-vsix-'));
	try {
		// vsce takes --out; the package is written outside the work tree.
		const out = join(directory, 'cable.vsix');
		const run = spawnSync('npm', ['run', 'package', '--silent', '--', '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
		if (existsSync(out)) return statSync(out).size;
		const made = readdirSync(directory).find((name) => name.endsWith('.vsix'));
		if (made) return statSync(join(directory, made)).size;
		return `failed: \`npm run package -- --out …\` exited ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`;
	} finally {
		rmSync(directory, { recursive: true, force: true });
	}
}

export async function startupAndSize(plan: Plan): Promise<Findings> {
	const startup = await startupTimes(plan.starts);
	const ratios = startup.ours.map((time, i) => time / startup.bare[i]!);
	const [ours, bare] = [median(startup.ours), median(startup.bare)];

	const size = (path: string) => statSync(path).size;
	const [server, client, bareServer, bareClient] = [SERVER, EXTENSION, BARE_SERVER, BARE_CLIENT].map(size) as [
		number,
		number,
		number,
		number,
	];

	const memory = await residentWithCorpus(SERVER);
	const bareMemory = await residentWithCorpus(BARE_SERVER);
	const corpus = totalBytes(corpusInputs());

	// Packaging takes long and rebuilds dist/, so it comes last.
	const vsix = plan.quick ? 'skipped in --quick' : vsixSize();
	return {
		method:
			`Startup: spawn of the server bundle with \`--stdio\` to its initialize response, ${plan.starts} warm starts in alternation with the bare server ` +
			'(`bench/floor/bareServer.ts`: vscode-languageserver keeping documents in sync, nothing else). Bundles: the server and extension as ' +
			'`npm run build -- --production` makes them (built into out/bench/), against the bare server and the bare client extension ' +
			'(`bench/floor/bareClient.ts`) built with the same options. The .vsix is what `npm run package` makes. ' +
			`Memory: VmRSS of the server process after every corpus cable (${corpusInputs().length}, ${bytes(corpus)}) was opened and asked for its outline, against the bare server given the same.`,
		tables: [
			{
				columns: ['Figure', 'Ours', 'Baseline', 'Ratio', 'Ratio spread'],
				rows: [
					['time to initialize response', ms(ours), `${ms(bare)} (bare server)`, ratio(median(ratios)), spread(ratios, ratio)],
					['server bundle (server.js)', bytes(server), `${bytes(bareServer)} (bare server)`, ratio(server / bareServer), ''],
					['client bundle (extension.js)', bytes(client), `${bytes(bareClient)} (bare client)`, ratio(client / bareClient), ''],
					[
						'.vsix',
						typeof vsix === 'number' ? bytes(vsix) : vsix,
						`${bytes(server + client)} (the two bundles)`,
						typeof vsix === 'number' ? ratio(vsix / (server + client)) : '',
						'',
					],
					['server RSS, corpus open', bytes(memory), `${bytes(bareMemory)} (bare server)`, ratio(memory / bareMemory), ''],
				],
			},
		],
		targets: [],
		notes: [`Server memory above the bare server: ${bytes(memory - bareMemory)} for ${bytes(corpus)} of open cables.`],
	};
}
