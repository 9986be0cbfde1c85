// Writes package.json's `firstLine` (how VS Code recognises a cable by its first line) from the
// patterns the client and the parser use, server/src/model/cableStart.ts, so that the three
// cannot drift apart. Run by `npm run build`; with --check it only says whether they differ.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';

/** The pattern as cableStart.ts builds it: the module is bundled in memory and loaded from a data URL. */
async function firstLinePattern() {
	const { outputFiles } = await esbuild.build({ entryPoints: ['server/src/model/cableStart.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
	const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
	return module.FIRST_LINE_PATTERN;
}

const FIRST_LINE = /^(\s*"firstLine": )(".*"),?$/m;
const manifest = readFileSync(MANIFEST, 'utf8');
const written = FIRST_LINE.exec(manifest);
if (!written) throw new Error(`${MANIFEST} has no "firstLine" line`);
const pattern = await firstLinePattern();
if (JSON.parse(written[2]) !== pattern) {
	if (process.argv.includes('--check')) {
		console.error(`${MANIFEST}'s firstLine differs from server/src/model/cableStart.ts: run npm run build`);
		process.exit(1);
	}
	// Only the value is replaced: the rest of the manifest keeps its formatting.
	writeFileSync(MANIFEST, manifest.replace(FIRST_LINE, (line, key, value) => line.replace(value, () => JSON.stringify(pattern))));
	console.log(`${MANIFEST}: firstLine written from server/src/model/cableStart.ts`);
}
