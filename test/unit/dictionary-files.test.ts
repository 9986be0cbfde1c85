/**
 * The dictionary loader against paths a hostile workspace could name: each is declined
 * with its name and reason, none is read beyond the size limit (most not at all), no
 * message quotes a file's content, many failures make one message, and of two settings
 * answers that arrive out of order the later request wins.
 */
import assert from 'node:assert/strict';
import { open } from 'node:fs/promises';
import { after, describe, it } from 'node:test';
import {
	type DictionaryError,
	dictionaryProblemsMessage,
	loadUserDictionaries,
	parseUserDictionary,
} from '../../server/src/data/userDictionaries';
import { latestSettings } from '../../server/src/lsp/configuration';
import { nodeWorkspace } from '../../server/src/lsp/nodeWorkspace';
import { READ_FLAGS, readAtMost } from '../../server/src/lsp/regularFile';
import type { CableSettings } from '../../server/src/settings';
import { jsonFaultOffset, jsonFaultPosition } from '../../server/src/util/jsonSyntax';
import { bytesRead, makeHostileFiles, TOKEN } from '../helpers/hostileFiles';

const MB = 1024 * 1024;
const files = makeHostileFiles('cable-dictionary-files-');
after(() => files.remove());

/** The one error for `path` from loading it alone with a 1 MB limit. */
async function failureOf(path: string): Promise<DictionaryError> {
	const { dictionaries, errors } = await loadUserDictionaries([path], nodeWorkspace, { maxBytes: MB });
	assert.equal(dictionaries.length, 0);
	assert.equal(errors.length, 1);
	return errors[0]!;
}

describe('reading dictionary files a workspace names', () => {
	it('declines a FIFO without waiting for a writer', async (t) => {
		if (!files.fifo) {
			t.skip('mkfifo is not available here: the FIFO case is not tested');
			return;
		}
		const error = await failureOf(files.fifo);
		assert.match(error.message, /fifo\.json is a named pipe \(FIFO\), not a regular file\. Check the path/);
	});

	it('declines a symbolic link to /dev/zero by what it points to, reading nothing', async () => {
		const before = bytesRead('self');
		const error = await failureOf(files.zero);
		assert.match(error.message, /zero\.json is a character device, not a regular file/);
		const read = before === undefined ? undefined : bytesRead('self')! - before;
		if (read !== undefined) assert.ok(read < MB, `${read} bytes read`);
	});

	it('declines a 100 MB file by its size, before reading it', async () => {
		const before = bytesRead('self');
		const error = await failureOf(files.sparse);
		assert.match(
			error.message,
			/sparse\.json is 100 MB, over the 1 MB limit of the "cable\.dictionaryMaxSize" setting\. To use a larger file, raise "cable\.dictionaryMaxSize"\./,
		);
		const read = before === undefined ? undefined : bytesRead('self')! - before;
		if (read !== undefined) assert.ok(read < MB, `${read} bytes read`);
	});

	it('declines a directory and a missing file, naming each', async () => {
		assert.match((await failureOf(files.directory)).message, /directory\.json is a directory, not a regular file/);
		assert.match(
			(await failureOf(files.missing(1)[0]!)).message,
			/missing-0\.json does not exist\. Check the path in the "cable\.dictionaries" setting/,
		);
	});

	it('says where a file stops being JSON without quoting any of it', async () => {
		for (const [path, position] of [
			[files.token, 'line 1, column 1'],
			[files.tokenInJson, 'line 1, column 10'],
		] as const) {
			const { message } = await failureOf(path);
			assert.match(message, new RegExp(`is not valid JSON at ${position}\\. Fix the file`));
			for (const piece of [TOKEN, TOKEN.slice(0, 6), TOKEN.slice(-6)])
				assert.ok(!message.includes(piece), `"${piece}" quoted in: ${message}`);
		}
	});

	it('still reads the good files among the bad, including one reached through a symbolic link', async () => {
		const paths = [files.zero, files.good, files.sparse, files.directory, files.token, ...(files.fifo ? [files.fifo] : [])];
		const { dictionaries, errors } = await loadUserDictionaries(paths, nodeWorkspace, { maxBytes: MB });
		assert.deepEqual(
			dictionaries.map((dictionary) => dictionary.tags.get('XQZQ')?.[0]?.meaning),
			['Our own tag'],
		);
		assert.equal(errors.length, paths.length - 1);
	});

	it('gives up on the files left when the time allowed for a load has run out', async () => {
		const { dictionaries, errors } = await loadUserDictionaries([files.good], nodeWorkspace, { maxBytes: MB, timeoutMs: 0 });
		assert.equal(dictionaries.length, 0);
		assert.match(errors[0]!.message, /good\.json was not read within the 0 s allowed for loading dictionaries/);
	});

	it('never reads more than the limit and one byte, even from an endless file', async () => {
		const handle = await open('/dev/zero', READ_FLAGS);
		try {
			assert.equal((await readAtMost(handle, 1000)).length, 1000);
			assert.equal((await readAtMost(handle, 3 * 65_536 + 7)).length, 3 * 65_536 + 7, 'across several reads');
		} finally {
			await handle.close();
		}
	});
});

describe('messages about dictionary files', () => {
	it('gives one message for 5,000 missing files, naming ten and counting the rest', async () => {
		const { errors } = await loadUserDictionaries(files.missing(5000), nodeWorkspace, { maxBytes: MB });
		assert.equal(errors.length, 5000);
		const message = dictionaryProblemsMessage(errors)!;
		assert.match(message, /^Cable: 5,000 dictionaries in the "cable\.dictionaries" setting cannot be used/);
		assert.equal(message.match(/does not exist/g)?.length, 10);
		assert.match(message, /missing-9\.json does not exist; and 4,990 more\. Check the path in the "cable\.dictionaries" setting\.$/);
	});

	it('quotes link-shaped keys and paths as plain text', async () => {
		const link = '[open](command:workbench.action.terminal.new)';
		const { errors } = await loadUserDictionaries([`${files.folder}/${link}.json`], nodeWorkspace, { maxBytes: MB });
		const keyError = (() => {
			try {
				parseUserDictionary('/x.json', JSON.stringify({ tags: { [link]: 3, PREL: 'x' } }));
			} catch (error) {
				return error as Error;
			}
			return undefined;
		})();
		assert.match(keyError!.message, /wrong shape at "tags\.\[open\] \(command :workbench\.action\.terminal…"/);
		assert.doesNotMatch(keyError!.message, /\]\(|command:/i);
		for (const message of [errors[0]!.message, dictionaryProblemsMessage([...errors, ...errors])!]) {
			assert.doesNotMatch(message, /\]\(|command:/i, message);
			assert.match(message, /\[open\] \(command :workbench\.action\.terminal\.new\)\.json does not exist/);
		}
	});
});

describe('finding where a text stops being JSON', () => {
	it('agrees with JSON.parse on what is JSON', () => {
		const texts = [
			'{}',
			'[]',
			'0',
			'-0.5e+10',
			'"a\\u00e9\\n"',
			' {"a": [1, true, false, null, {"b": "c"}]} ',
			'[[[[[]]]]]',
			'',
			' ',
			'{',
			'}',
			'[1,]',
			'{"a":1,}',
			'{"a" 1}',
			'{a: 1}',
			'01',
			'1.',
			'.5',
			'-',
			'1e',
			'tru',
			'nul',
			'"\t"',
			'"\\x"',
			'"\\u12g4"',
			'"abc',
			'[1 2]',
			'{"a":1}}',
			'\uFEFF{}',
			'NaN',
			'[1,,2]',
			'{"a":1 "b":2}',
		];
		for (const text of texts) {
			let parses = true;
			try {
				JSON.parse(text);
			} catch {
				parses = false;
			}
			assert.equal(jsonFaultOffset(text) === undefined, parses, JSON.stringify(text));
		}
	});

	it('counts lines and columns from 1, across CRLF and LF', () => {
		assert.deepEqual(jsonFaultPosition('{\r\n  "a": 1,\r\n  "b": x\r\n}'), { line: 3, column: 8 });
		assert.deepEqual(jsonFaultPosition('{\n"a":\n'), { line: 3, column: 1 });
		assert.equal(jsonFaultPosition(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), undefined, 'deep nesting, no stack overflow');
	});
});

describe('settings answered out of order', () => {
	it('hands on the settings of the latest request only', async () => {
		const answers: ((settings: unknown) => void)[] = [];
		const applied: CableSettings[] = [];
		const changed = latestSettings(
			() => () => new Promise((resolve) => answers.push(resolve)),
			(settings) => applied.push(settings),
		);
		const older = changed(undefined);
		const newer = changed(undefined);
		assert.equal(answers.length, 2);
		answers[1]!({ dictionaries: [files.good] });
		await newer;
		answers[0]!({ dictionaries: [] });
		await older;
		assert.equal(applied.length, 1, 'the older answer is not applied at all');
		assert.deepEqual(applied[0]!.dictionaries, [files.good]);
	});
});
