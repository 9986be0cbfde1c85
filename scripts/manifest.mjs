// Writes the parts of package.json that the code defines, so that they cannot drift apart:
// - `firstLine` (how VS Code recognises a cable by its first line), from the patterns the client
//   and the parser use, server/src/model/cableStart.ts;
// - the per-rule settings of `cable.diagnostics.rules` (their severities, descriptions and the
//   list in the setting's description), from the rule registry.
// Run by `npm run build`; with --check it only says whether package.json differs.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const SEVERITIES = ['off', 'error', 'warning', 'information', 'hint'];

/** A module of the server bundled in memory and loaded from a data URL. */
async function load(entryPoint) {
	const { outputFiles } = await esbuild.build({
		entryPoints: [entryPoint],
		bundle: true,
		format: 'esm',
		platform: 'node',
		write: false,
		logLevel: 'warning',
		loader: { '.tsv': 'text' },
	});
	return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const { FIRST_LINE_PATTERN } = await load('server/src/model/cableStart.ts');
const { ruleSummaries } = await load('server/src/features/diagnostics.ts');

const before = readFileSync(MANIFEST, 'utf8');
const manifest = JSON.parse(before);
manifest.contributes.languages[0].firstLine = FIRST_LINE_PATTERN;
const rules = manifest.contributes.configuration.properties['cable.diagnostics.rules'];
const summaries = ruleSummaries();
rules.properties = Object.fromEntries(
	summaries.map(({ code, severity, description }) => [
		code,
		{ type: 'string', enum: SEVERITIES, default: severity, markdownDescription: description },
	]),
);
// The description is an introduction, then the list of rules: only the list is written here.
const [introduction] = rules.markdownDescription.split('\n\n');
rules.markdownDescription = `${introduction}\n\n${summaries.map(({ code, severity, description }) => `- \`${code}\` (${severity}): ${description}`).join('\n')}`;
const after = `${JSON.stringify(manifest, null, 2)}\n`;

if (after !== before) {
	if (process.argv.includes('--check')) {
		console.error(`${MANIFEST} differs from what the code defines (firstLine, cable.diagnostics.rules): run npm run build`);
		process.exit(1);
	}
	writeFileSync(MANIFEST, after);
	console.log(`${MANIFEST}: firstLine and cable.diagnostics.rules written from the code`);
}
