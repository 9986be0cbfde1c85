// Bundles the extension (client, `vscode` external) and the language server (bundled whole),
// and with --tests every test/**/*.test.ts into out/test so that `node --test` runs them.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
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
} else {
	await Promise.all([
		esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
		esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
	]);
}
