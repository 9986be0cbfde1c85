/**
 * The server with a real editor (issue 20): Debian's Neovim, headless, set up with the README's
 * own snippets (only the server's path filled in), opens a cable saved as `.txt`; a Lua script
 * (neovimCheck.lua) asks for the outline and a hover, edits a tag, waits for the diagnostic
 * and applies the quick fix through Neovim's code action menu. Skipped, saying so, only when
 * `nvim` is not installed (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, seedText } from '../helpers/corpus';
import { SERVER_PATH } from '../helpers/lspClient';

const README_SERVER_PATH = '/path/to/cable-language/dist/server.js';

/** `nvim --version`'s first line, or undefined when there is no nvim to run. */
function neovimVersion(): string | undefined {
	const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
	return probe.error ? undefined : probe.stdout.split('\n')[0];
}

/** The README's Lua block that starts with `firstLine`, with the server's real path. */
function readmeSnippet(firstLine: string): string {
	const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
	const block = [...readme.matchAll(/```lua\n([\s\S]*?)```/g)].map((match) => match[1]!).find((code) => code.startsWith(firstLine));
	assert.ok(block, `README.md has no Lua block starting with ${firstLine}`);
	assert.ok(block.includes(README_SERVER_PATH) || !block.includes('dist/server.js'), 'the snippet names the server as the test expects');
	return block.replaceAll(README_SERVER_PATH, SERVER_PATH);
}

interface Seen {
	readonly version: string;
	readonly error?: string;
	readonly filetype: string;
	readonly outline: { name: string; kind: number; children: number }[];
	readonly hover: { kind: string; value: string };
	readonly tagsLine: string;
	readonly diagnostic: { lnum: number; message: string; source: string };
	readonly offered: string[];
	readonly fixedLine: string;
	readonly notesFiletype: string;
}

/** Runs Neovim with `init` on `cable` and the check script; resolves with what the script saw. */
function runNeovim(folder: string, init: string, cable: string, notes: string): Promise<Seen> {
	const out = join(folder, 'seen.json');
	const env = {
		...process.env,
		CABLE_CHECK_OUT: out,
		CABLE_CHECK_NOTES: notes,
		// A user's own configuration and state stay out of it.
		XDG_CONFIG_HOME: join(folder, 'config'),
		XDG_DATA_HOME: join(folder, 'data'),
		XDG_STATE_HOME: join(folder, 'state'),
		XDG_CACHE_HOME: join(folder, 'cache'),
	};
	const args = [
		'--headless',
		'-n',
		'-i',
		'NONE',
		'-u',
		init,
		cable,
		'-c',
		`luafile ${join(REPO_ROOT, 'test', 'editors', 'neovimCheck.lua')}`,
	];
	const child = spawn('nvim', args, { cwd: folder, env, stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	// Only a safety net for a Neovim that hangs: the script's own waits give up well before.
	const guard = setTimeout(() => child.kill(), 120_000);
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => {
			clearTimeout(guard);
			try {
				resolve(JSON.parse(readFileSync(out, 'utf8')) as Seen);
			} catch {
				reject(new Error(`Neovim exited with ${code} and wrote nothing: ${stderr}`));
			}
		});
	});
}

const version = neovimVersion();

describe(
	'Neovim as the client, set up as the README says',
	{ skip: version ? false : 'nvim is not installed (apt-get install neovim; .ci/run installs it)' },
	() => {
		const folder = mkdtempSync(join(tmpdir(), 'cable-neovim-'));
		let seen: Seen;

		before(async () => {
			const old = /^NVIM v0\.7\./.test(version!);
			const init = join(folder, 'init.lua');
			writeFileSync(
				init,
				`${readmeSnippet('-- Neovim, any version')}\n${readmeSnippet(old ? '-- Neovim 0.7' : '-- Neovim 0.9 and later')}`,
			);
			const cable = join(folder, '07TOKYO374.txt');
			const notes = join(folder, 'notes.txt');
			writeFileSync(cable, seedText());
			writeFileSync(notes, 'Shopping list\nmilk\n');
			seen = await runNeovim(folder, init, cable, notes);
			assert.equal(seen.error, undefined, `${version}: ${seen.error}`);
		});
		after(() => rmSync(folder, { recursive: true, force: true }));

		it('opens a cable saved as .txt as a cable, and other .txt files as text', () => {
			assert.equal(seen.filetype, 'cable');
			assert.equal(seen.notesFiletype, 'text');
		});

		it('shows the outline: metadata, header, the two captions, the topics', () => {
			assert.deepEqual(
				seen.outline.slice(0, 2).map((symbol) => symbol.name),
				['Metadata', 'Header'],
			);
			assert.ok(
				seen.outline.some((symbol) => symbol.name === 'SIX PARTY TALKS' && symbol.children === 4),
				JSON.stringify(seen.outline),
			);
		});

		it('hovers RUEHKO with the station it stands for', () => {
			assert.match(seen.hover.value, /RUEHKO.*routing indicator of station AMEMBASSY TOKYO/);
		});

		it('reports an unknown tag typed into the TAGS line', () => {
			assert.match(seen.diagnostic.message, /Unknown TAGS code PARN/);
			assert.equal(seen.diagnostic.source, 'cable');
		});

		it('repairs it with the quick fix picked from Neovim’s menu', () => {
			assert.ok(seen.offered.includes('Replace PARN with PARM'), seen.offered.join(', '));
			assert.equal(seen.fixedLine, seen.tagsLine);
			assert.match(seen.fixedLine, /^TAGS: PREL PARM /);
		});
	},
);
