import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { InitializeParams } from 'vscode-languageserver';
import type { UserDictionary } from '../../server/src/data/referenceTables';
import { createCableLanguageService } from '../../server/src/languageService';
import { DictionaryError, parseUserDictionary, resolveDictionaryPath } from '../../server/src/data/userDictionaries';
import { UserDictionaryWatcher } from '../../server/src/lsp/userDictionaries';
import { readSettings } from '../../server/src/settings';
import { doc, lines } from '../helpers/documents';
import { hoverWords, positionOf } from '../helpers/hover';
import { waitFor } from '../helpers/waitFor';

const folder = mkdtempSync(join(tmpdir(), 'cable-dictionaries-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const cable = lines(
	'VZCZCXYZ0000',
	'P 260754Z JAN 07',
	'FM AMEMBASSY TOKYO',
	'TO RUEHXYZ/AMEMBASSY NOWHERE PRIORITY',
	'C O N F I D E N T I A L TOKYO 000374',
	'TAGS: PREL XQZQ',
);

function hoverOn(service: ReturnType<typeof createCableLanguageService>, needle: string): string {
	return hoverWords(service.getHover(doc(cable), positionOf(cable, needle)));
}

describe('user dictionary files', () => {
	it('reads tags and routing indicators, as objects or plain strings', () => {
		const dictionary = parseUserDictionary(
			'/x/mine.json',
			JSON.stringify({
				tags: { xqzq: { meaning: 'Our own tag', kind: 'program', source: 'desk notes' }, ABCD: 'Plain meaning' },
				routingIndicators: { RUEHXYZ: 'AMEMBASSY NOWHERE', RUEHABC: { station: 'AMCONSUL ELSEWHERE' } },
			}),
		);
		assert.deepEqual(
			[...dictionary.tags.values()].map(([entry]) => [entry!.code, entry!.kind, entry!.meaning, entry!.dictionary]),
			[
				['XQZQ', 'program', 'Our own tag', '/x/mine.json'],
				['ABCD', 'user', 'Plain meaning', '/x/mine.json'],
			],
		);
		assert.equal(dictionary.routingIndicators.get('RUEHABC')?.[0]?.station, 'AMCONSUL ELSEWHERE');
	});

	it('explains broken files by name and by the key at fault', () => {
		assert.throws(
			() => parseUserDictionary('/x/bad.json', '{ "tags": '),
			(error: Error) => {
				assert.ok(error instanceof DictionaryError);
				assert.match(error.message, /\/x\/bad\.json is not valid JSON at line 1, column 11/);
				assert.match(error.message, /built-in tables are used meanwhile/);
				return true;
			},
		);
		assert.throws(
			() => parseUserDictionary('/x/bad.json', '{"tags": {"PREL": {"meaning": 3}}}'),
			/wrong shape at "tags\.PREL": it must be a string or an object with a "meaning" string/,
		);
		assert.throws(
			() => parseUserDictionary('/x/bad.json', '{"tags": {"PREL": {"meaning": "x", "kind": 3}}}'),
			/wrong shape at "tags\.PREL\.kind": it must be a string/,
		);
		assert.throws(
			() => parseUserDictionary('/x/bad.json', '{"routingIndicators": []}'),
			/wrong shape at "routingIndicators": it must be an object/,
		);
		assert.throws(() => parseUserDictionary('/x/bad.json', '[1]'), /must hold a JSON object/);
	});

	it('resolves ${workspaceFolder} and relative paths', () => {
		assert.equal(resolveDictionaryPath('${workspaceFolder}/codes.json', '/ws'), '/ws/codes.json');
		assert.equal(resolveDictionaryPath('codes/more.json', '/ws'), '/ws/codes/more.json');
		assert.equal(resolveDictionaryPath('/abs/codes.json', '/ws'), '/abs/codes.json');
	});
});

describe('hover with user dictionaries', () => {
	const service = createCableLanguageService();
	const mine = parseUserDictionary(
		'/x/mine.json',
		'{"tags": {"XQZQ": "Our own tag"}, "routingIndicators": {"RUEHXYZ": "AMEMBASSY NOWHERE"}}',
	);
	const override = parseUserDictionary(
		'/x/override.json',
		'{"tags": {"PREL": {"meaning": "Political relations, our reading", "kind": "subject"}}}',
	);

	it('answers from the built-in tables alone at first', () => {
		assert.match(hoverOn(service, 'XQZQ'), /not a known TAGS code/);
		assert.match(hoverOn(service, 'RUEHXYZ'), /not in our tables/);
	});

	it('adds the user entries, naming the dictionary as the source', () => {
		service.setUserDictionaries([mine]);
		const tag = hoverOn(service, 'XQZQ');
		assert.match(tag, /XQZQ · user tag: Our own tag/);
		assert.match(tag, /Sources: your dictionary \/x\/mine\.json/);
		assert.match(hoverOn(service, 'RUEHXYZ'), /routing indicator of station AMEMBASSY NOWHERE/);
		assert.match(hoverOn(service, 'PREL'), /External Political Relations/, 'built-in entries still answer');
	});

	it('lets later dictionaries override built-in entries, and forgets removed ones', () => {
		service.setUserDictionaries([mine, override]);
		assert.match(hoverOn(service, 'PREL'), /Political relations, our reading/);
		service.setUserDictionaries([]);
		assert.match(hoverOn(service, 'PREL'), /External Political Relations/);
		assert.match(hoverOn(service, 'XQZQ'), /not a known TAGS code/);
	});

	it('suggests user codes as nearest tags too', () => {
		service.setUserDictionaries([mine]);
		assert.match(hoverWords(service.getHover(doc('TAGS: XQZZ'), { line: 0, character: 7 })), /Nearest known tag: XQZQ/);
		service.setUserDictionaries([]);
	});
});

describe('reloading dictionaries on settings and file changes', () => {
	const params = { capabilities: {}, workspaceFolders: [{ uri: `file://${folder}`, name: 'ws' }] } as unknown as InitializeParams;

	function watcher() {
		const applied: (readonly UserDictionary[])[] = [];
		const errors: string[] = [];
		const instance = new UserDictionaryWatcher({
			showError: (message) => errors.push(message),
			apply: (dictionaries) => applied.push(dictionaries),
		});
		instance.initialize(params);
		return { instance, applied, errors };
	}

	it('loads the files the pushed settings name, with ${workspaceFolder}', async () => {
		writeFileSync(join(folder, 'good.json'), '{"tags": {"XQZQ": "Our own tag"}}');
		const { instance, applied, errors } = watcher();
		await instance.settingsChanged(readSettings({ dictionaries: ['${workspaceFolder}/good.json'] }));
		instance.dispose();
		assert.deepEqual(errors, []);
		assert.equal(applied.at(-1)?.[0]?.tags.get('XQZQ')?.[0]?.meaning, 'Our own tag');
	});

	it('reports broken files once, in one message, keeps the good ones, and recovers when they are fixed', async () => {
		writeFileSync(join(folder, 'good.json'), '{"tags": {"XQZQ": "Our own tag"}}');
		writeFileSync(join(folder, 'broken.json'), '{ not json');
		const { instance, applied, errors } = watcher();
		await instance.settingsChanged(readSettings({ dictionaries: ['good.json', 'broken.json', 'missing.json'] }));
		assert.equal(applied.at(-1)?.length, 1, 'the good file still applies');
		assert.equal(errors.length, 1, errors.join('\n'));
		assert.match(errors[0]!, /^Cable: 2 dictionaries in the "cable\.dictionaries" setting cannot be used/);
		assert.match(errors[0]!, /broken\.json is not valid JSON at line 1, column 3; /);
		assert.match(
			errors[0]!,
			/missing\.json does not exist\. Fix the file; the built-in tables are used meanwhile\. Check the path in the "cable\.dictionaries" setting\.$/,
		);
		await instance.reload();
		assert.equal(errors.length, 1, 'the same problems are not reported again');

		writeFileSync(join(folder, 'broken.json'), '{"tags": {"ABCD": "Fixed"}}');
		await waitFor(() => applied.at(-1)?.length === 2, 'the fixed file to be picked up').finally(() => instance.dispose());
		assert.equal(applied.at(-1)?.length, 2, 'the fixed file is picked up without a settings change');
		assert.equal(applied.at(-1)?.[1]?.tags.get('ABCD')?.[0]?.meaning, 'Fixed');
	});

	it('clears the dictionaries when the setting is emptied', async () => {
		const { instance, applied } = watcher();
		await instance.settingsChanged(readSettings({ dictionaries: [] }));
		instance.dispose();
		assert.deepEqual(applied.at(-1), []);
	});
});
