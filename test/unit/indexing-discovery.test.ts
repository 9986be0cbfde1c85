import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { discoverFiles, type DiscoverySettings, fileUri } from '../../server/src/lsp/indexing/discovery';
import { DEFAULT_INDEX_SETTINGS } from '../../server/src/settings';

const root = mkdtempSync(join(tmpdir(), 'cable-discovery-'));
const outside = mkdtempSync(join(tmpdir(), 'cable-discovery-outside-'));
after(() => {
	rmSync(root, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});

function file(path: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), 'text');
}

for (const path of [
	'top.txt',
	'a.cable',
	'notes.md',
	'part-00/000/07TOKYO374.txt',
	'part-00/001/deep/x.cable',
	'node_modules/pkg/readme.txt',
	'sub/.git/x.txt',
	'sub/kept.txt',
])
	file(path);
writeFileSync(join(outside, 'linked.txt'), 'text');
mkdirSync(join(outside, 'folder'));
writeFileSync(join(outside, 'folder', 'inside.txt'), 'text');
symlinkSync(join(outside, 'linked.txt'), join(root, 'link.txt'));
symlinkSync(join(outside, 'folder'), join(root, 'linkedFolder'));
symlinkSync(join(outside, 'missing.txt'), join(root, 'dangling.txt'));

const found = async (settings: DiscoverySettings = DEFAULT_INDEX_SETTINGS) => {
	const discovery = await discoverFiles(
		[root],
		settings,
		() => false,
		() => undefined,
	);
	return discovery.files.map((path) => relative(root, path).split(sep).join('/')).sort();
};

describe('finding the files of the workspace', () => {
	it('walks every folder for the included files, minus the excluded folders, with links to files but not to folders', async () => {
		assert.deepEqual(await found(), [
			'a.cable',
			'link.txt',
			'part-00/000/07TOKYO374.txt',
			'part-00/001/deep/x.cable',
			'sub/kept.txt',
			'top.txt',
		]);
	});

	it('matches the globs against the path relative to the folder', async () => {
		assert.deepEqual(await found({ include: ['part-00/**/*.txt', '*.cable'], exclude: ['**/deep/**'] }), [
			'a.cable',
			'part-00/000/07TOKYO374.txt',
		]);
		assert.deepEqual(await found({ include: ['**/*.txt'], exclude: ['part-00/**', 'sub'] }), [
			'link.txt',
			'node_modules/pkg/readme.txt',
			'top.txt',
		]);
	});

	it('stops walking when asked to', async () => {
		const discovery = await discoverFiles(
			[root],
			DEFAULT_INDEX_SETTINGS,
			() => true,
			() => undefined,
		);
		assert.deepEqual(discovery.files, []);
	});
});

describe('the uri of a found file', () => {
	it('is what pathToFileURL makes of its path', () => {
		for (const path of [
			join(root, 'part-00', '000', '07TOKYO374.txt'),
			'/cables/a b.txt',
			'/cables/100%.txt',
			'/cables/#1.txt',
			'/cables/é.cable',
			'/cables/.hidden.txt',
			'/cables/x/../y.txt',
			'/a_b-c/d.e',
		]) {
			assert.equal(fileUri(path), pathToFileURL(path).href, path);
		}
	});
});
