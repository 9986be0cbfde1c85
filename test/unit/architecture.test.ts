import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';

// README's architecture map, held to the code: the core never imports the shell, the LSP
// library or the file system; layers import only the layers below them; features do not
// import each other. ESLint enforces the first rule as you type; this test catches the rest.

const SERVER = join(REPO_ROOT, 'server', 'src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

interface Import {
	readonly file: string;
	/** As written: `vscode-languageserver`, `../model/types`. */
	readonly specifier: string;
	/** For relative imports, the path under server/src it names: `model/types`. */
	readonly target: string | undefined;
}

function importsOf(file: string): Import[] {
	const text = readFileSync(file, 'utf8');
	const found: Import[] = [];
	for (const match of text.matchAll(/^\s*(?:import|export)\b[^'"]*?(?:from\s*)?['"]([^'"]+)['"]/gm)) {
		const specifier = match[1]!;
		const target = specifier.startsWith('.') ? relative(SERVER, resolve(dirname(file), specifier)).replace(/\\/g, '/') : undefined;
		found.push({ file: relative(SERVER, file).replace(/\\/g, '/'), specifier, target });
	}
	return found;
}

const imports = sourceFiles(SERVER).flatMap(importsOf);
const isShell = (path: string) => path.startsWith('lsp/') || path.startsWith('cliShell/') || path === 'cliMain.ts';
/** The folder a path is in, under server/src (`model`, `diagnostics/rules`), or `.` for the top. */
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');
const layerOf = (path: string) => path.split('/')[0]!;

/** What each layer may import besides itself and util/: the arrows of README's map. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
	model: [],
	data: ['model', 'workspace.ts'],
	decode: ['data', 'model'],
	facts: ['decode', 'data', 'model'],
	citations: ['facts', 'decode', 'data', 'model'],
	collection: ['citations', 'facts', 'decode', 'data', 'model'],
	diagnostics: ['collection', 'citations', 'facts', 'decode', 'data', 'model', 'settings.ts'],
	features: ['diagnostics', 'collection', 'citations', 'facts', 'decode', 'data', 'model', 'settings.ts'],
	util: ['model'],
};

describe('the architecture', () => {
	it('finds the import statements it checks', () => {
		assert.ok(imports.some((entry) => entry.file === 'lsp/server.ts' && entry.specifier === 'vscode-languageserver'));
		assert.ok(imports.some((entry) => entry.file === 'features/hover.ts' && entry.target === 'model/types'));
	});

	it('keeps the core free of the shell, the LSP library and the file system', () => {
		const forbidden = imports.filter(
			({ file, specifier, target }) =>
				!isShell(file) &&
				(/^(vscode-languageserver(\/.*)?|node:fs(\/.*)?|fs(\/.*)?)$/.test(specifier) || (target !== undefined && isShell(`${target}.ts`))),
		);
		assert.deepEqual(
			forbidden.map(({ file, specifier }) => `${file} imports ${specifier}`),
			[],
		);
	});

	it('has each layer import only the layers below it', () => {
		const upward = imports.filter(({ file, target }) => {
			const allowed = MAY_IMPORT[layerOf(file)];
			if (!allowed || target === undefined || !file.includes('/')) return false;
			const to = target.includes('/') ? layerOf(target) : `${target}.ts`;
			return to !== layerOf(file) && to !== 'util' && !allowed.includes(to);
		});
		assert.deepEqual(
			upward.map(({ file, specifier }) => `${file} imports ${specifier}`),
			[],
		);
	});

	it('keeps features out of each other', () => {
		// A feature and its own parts: hover.ts writes with hoverContent.ts, code actions are
		// the diagnostics' fixes. Anything else two features share belongs in a lower layer.
		const parts = new Set(['features/hover.ts -> features/hoverContent', 'features/codeActions.ts -> features/diagnostics']);
		// A feature in a folder of its own (navigation/) is one feature: its modules share its parts.
		const sameFolder = (file: string, target: string) => folderOf(file) !== 'features' && folderOf(file) === folderOf(target);
		const crossing = imports.filter(
			({ file, target }) =>
				file.startsWith('features/') && target?.startsWith('features/') && !parts.has(`${file} -> ${target}`) && !sameFolder(file, target),
		);
		assert.deepEqual(
			crossing.map(({ file, specifier }) => `${file} imports ${specifier}`),
			[],
		);
	});

	it("lists every folder of server/src in README's map", () => {
		const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
		const folders = [...new Set(sourceFiles(SERVER).map((file) => folderOf(relative(SERVER, file).replace(/\\/g, '/'))))].filter(
			(folder) => folder !== '.',
		);
		const top = [...new Set(folders.map((folder) => folder.split('/')[0]!))];
		assert.ok(top.length >= 8, `only ${top.length} folders found`);
		assert.deepEqual(
			top.filter((folder) => !readme.includes(`server/src/${folder}/`)),
			[],
		);
		// Nested folders are named in their parent's line (`rules/` under diagnostics).
		assert.deepEqual(
			folders.filter((folder) => folder.includes('/') && !readme.includes(`${folder.slice(folder.lastIndexOf('/') + 1)}/`)),
			[],
		);
	});
});
