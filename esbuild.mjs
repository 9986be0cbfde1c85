// Writes syntaxes/cable.tmLanguage.json from its generator, then bundles the extension (client,
// `vscode` external) and the language server (bundled whole) with its index worker,
// and with --tests every test/**/*.test.ts into out/test so that `node --test` runs them,
// plus the VS Code end-to-end pieces into out/vscode-e2e (outside out/test: not node tests);
// with --bench the benchmark into out/bench; with --watch the extension, server and CLI on every save.
import * as esbuild from 'esbuild';
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: !production,
	minify: production,
	logLevel: 'warning',
	// Reference tables ship inside the server bundle: no file lookups at run time.
	loader: { '.tsv': 'text' },
};

const extension = { ...common, entryPoints: ['client/src/extension.ts'], external: ['vscode'] };
const server = { ...common, entryPoints: ['server/src/lsp/main.ts'], banner: { js: '#!/usr/bin/env node' } };
// The indexer's worker threads run this bundle; the server finds it beside itself (`__dirname`).
const indexWorker = { ...common, entryPoints: ['server/src/lsp/indexing/indexWorker.ts'] };
// `cable --version` answers package.json's version, written in at build time.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const cli = {
	...common,
	entryPoints: ['server/src/cliMain.ts'],
	banner: { js: '#!/usr/bin/env node' },
	define: { CABLE_VERSION: JSON.stringify(version) },
};
// `cable check` and `cable export` spread files over worker threads that run this bundle, found beside dist/cli.js.
const cliWorker = { ...common, entryPoints: ['server/src/cliShell/worker.ts'] };

function testEntries(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return testEntries(path);
		return entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

if (process.argv.includes('--tests')) {
	rmSync('out/test', { recursive: true, force: true });
	await esbuild.build({
		...common,
		entryPoints: testEntries('test'),
		outdir: 'out/test',
		outbase: 'test',
		external: ['vscode', 'vscode-textmate', 'vscode-oniguruma', 'playwright-core', '@vscode/test-electron'],
	});
	await Promise.all([
		// Loaded by VS Code's extension host as extensionTestsPath.
		esbuild.build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'out/vscode-e2e/suite.js', external: ['vscode'] }),
		// Started by runTests as the VS Code executable, so it must be executable.
		esbuild.build({
			...common,
			entryPoints: ['test/vscode/codeServerLauncher.ts'],
			outfile: 'out/vscode-e2e/code-server-launcher.js',
			banner: { js: '#!/usr/bin/env node' },
			external: ['playwright-core'],
		}),
	]);
	chmodSync('out/vscode-e2e/code-server-launcher.js', 0o755);
} else if (process.argv.includes('--bench')) {
	// `npm run bench`: the runner; its own copy of the extension, server and CLI (a build of dist/
	// by someone else mid-run must not change what is measured); and the bare server and client
	// they are weighed against, all built with the same options so that sizes compare.
	rmSync('out/bench', { recursive: true, force: true });
	await Promise.all([
		esbuild.build({
			...common,
			entryPoints: ['bench/run.ts'],
			outfile: 'out/bench/run.js',
			external: ['vscode-textmate', 'vscode-oniguruma', 'tm-grammars'],
		}),
		esbuild.build({ ...extension, outfile: 'out/bench/extension.js' }),
		esbuild.build({ ...server, outfile: 'out/bench/server.js' }),
		esbuild.build({ ...indexWorker, outfile: 'out/bench/indexWorker.js' }),
		esbuild.build({ ...cli, outfile: 'out/bench/cli.js' }),
		esbuild.build({ ...cliWorker, outfile: 'out/bench/cliWorker.js' }),
		esbuild.build({ ...common, entryPoints: ['bench/floor/bareServer.ts'], outfile: 'out/bench/bareServer.js' }),
		esbuild.build({ ...common, entryPoints: ['bench/floor/bareClient.ts'], outfile: 'out/bench/bareClient.js', external: ['vscode'] }),
	]);
} else {
	// The grammar's JSON, which the extension packages, is made from its source: importing the
	// generator writes it. It stays committed, and the grammar tests fail when it is out of date.
	await import('./syntaxes/cable.tmLanguage.mjs');
	const builds = [
		{ ...extension, outfile: 'dist/extension.js' },
		{ ...server, outfile: 'dist/server.js' },
		{ ...indexWorker, outfile: 'dist/indexWorker.js' },
		{ ...cli, outfile: 'dist/cli.js' },
		{ ...cliWorker, outfile: 'dist/cliWorker.js' },
	];
	if (process.argv.includes('--watch')) {
		// `npm run watch`: rebuilds dist/ on every save (type errors come from the tsc --watch beside it).
		const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, logLevel: 'info' })));
		await Promise.all(contexts.map((context) => context.watch()));
	} else {
		await Promise.all(builds.map((options) => esbuild.build(options)));
	}
}
