/**
 * What package.json promises a user holds together: every `%key%` has its English string in
 * package.nls.json, menus name contributed commands, the files it points at exist and ship,
 * settings come in a stated order with a description for each choice.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const manifestText = read('package.json');
const manifest = JSON.parse(manifestText);
const nls: Record<string, string> = JSON.parse(read('package.nls.json'));
const shipped = read('.vscodeignore')
	.split('\n')
	.filter((line) => line.startsWith('!'))
	.map((line) => new RegExp(`^${line.slice(1).trim().replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`));
const ships = (path: string) => shipped.some((pattern) => pattern.test(path.replace(/^\.\//, '')));

describe('the manifest', () => {
	it('has an English string for every placeholder, and no string nothing uses', () => {
		const used = new Set([...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((match) => match[1]!));
		assert.deepEqual(
			[...used].filter((key) => !(key in nls)),
			[],
		);
		assert.deepEqual(
			Object.keys(nls).filter((key) => !used.has(key)),
			[],
		);
	});

	it('puts only contributed commands in menus, each palette entry with a when clause', () => {
		const commands = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
		for (const [menu, entries] of Object.entries(manifest.contributes.menus) as [string, { command: string; when?: string }[]][]) {
			for (const entry of entries) {
				assert.ok(commands.has(entry.command), `${menu}: ${entry.command}`);
				assert.ok(entry.when, `${menu}: ${entry.command} has a when clause`);
			}
		}
		const onTxt = (menu: string) =>
			manifest.contributes.menus[menu].find((entry: { command: string }) => entry.command === 'cable.treatAsCable');
		assert.match(onTxt('explorer/context').when, /resourceExtname == \.txt/);
		assert.match(onTxt('editor/title/context').when, /resourceExtname == \.txt/);
	});

	it('points at files that exist and are packaged: the dictionary schema and the language icons', () => {
		const files = [
			...manifest.contributes.jsonValidation.map((entry: { url: string }) => entry.url),
			...Object.values(manifest.contributes.languages[0].icon as Record<string, string>),
		];
		for (const file of files) {
			assert.ok(existsSync(join(REPO_ROOT, file)), file);
			assert.ok(ships(file), `${file} is let through .vscodeignore`);
		}
		assert.ok(ships('package.nls.json') && ships('CHANGELOG.md'));
	});

	it('orders every setting and describes each choice of a setting with choices', () => {
		const properties = Object.entries(manifest.contributes.configuration.properties) as [
			string,
			{ order?: number; enum?: string[]; enumDescriptions?: string[] },
		][];
		const orders = properties.map(([, property]) => property.order);
		assert.ok(
			orders.every((order) => Number.isInteger(order)),
			'every setting has an order',
		);
		assert.equal(new Set(orders).size, orders.length, 'no two settings share one');
		for (const [key, property] of properties) if (property.enum) assert.equal(property.enumDescriptions?.length, property.enum.length, key);
	});

	it('turns off what is noise for cables, for cables only', () => {
		const defaults = manifest.contributes.configurationDefaults['[cable]'];
		// The publishers' metadata blocks hold non-breaking spaces: VS Code boxed each one in orange.
		assert.equal(defaults['editor.unicodeHighlight.allowedCharacters']['\u00a0'], true);
		assert.equal(defaults['outline.collapseItems'], 'alwaysCollapse');
		assert.deepEqual(Object.keys(manifest.contributes.configurationDefaults), ['[cable]']);
	});
});
