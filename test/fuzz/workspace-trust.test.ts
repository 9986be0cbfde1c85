/**
 * Untrusted workspaces: the extension declares what it does there, and nothing in it can
 * run code. A workspace's settings could name any file for the server to read as a user
 * dictionary, so in Restricted Mode VS Code must ignore that setting's workspace value.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));

it('supports Restricted Mode, ignoring workspace values of the settings that name files to read', () => {
	const trust = manifest.capabilities.untrustedWorkspaces;
	assert.equal(trust.supported, 'limited');
	assert.match(trust.description, /Restricted Mode/);
	assert.deepEqual(trust.restrictedConfigurations, ['cable.dictionaries']);
	for (const setting of trust.restrictedConfigurations)
		assert.ok(manifest.contributes.configuration.properties[setting], `${setting} is a setting`);
});

it('holds no code that could run workspace content: no processes, eval, Function or vm', () => {
	const sources = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
		);
	const found = [...sources(join(REPO_ROOT, 'client', 'src')), ...sources(join(REPO_ROOT, 'server', 'src'))].flatMap((file) =>
		[/child_process/, /\beval\s*\(/, /new\s+Function\s*\(/, /['"](node:)?vm['"]/, /\brequire\s*\(\s*[^'"\s]/, /\bimport\s*\(\s*[^'"\s]/]
			.filter((pattern) => pattern.test(readFileSync(file, 'utf8')))
			.map((pattern) => `${file}: ${pattern}`),
	);
	assert.deepEqual(found, []);
});
