import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import { EXPORT_COLUMNS } from '../../server/src/cli/export';
import { CORPUS_DIR, corpusAvailable, corpusSkipReason, REPO_ROOT } from '../helpers/corpus';

// `cable check`, `export` and `refs` run as a user runs them: `node dist/cli.js` in a child
// process, in test/fixtures/cli/, on its cables/ folder (five cables, one citing another in
// nested/, a binary file and a text file that is no cable). Golden files hold each command's
// output; CABLE_UPDATE_GOLDEN=1 rewrites them.

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'cli');
const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function cable(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
	const result = spawnSync(process.execPath, [CLI, ...args], {
		cwd: options.cwd ?? FIXTURES,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '', ...options.env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function golden(name: string, actual: string): void {
	const path = join(FIXTURES, name);
	if (process.env.CABLE_UPDATE_GOLDEN) writeFileSync(path, actual);
	assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs (CABLE_UPDATE_GOLDEN=1 rewrites it)`);
}

const CABLES = join(CORPUS_DIR, 'cables');
const SKIPPED = ['cable: cables/image.txt is binary; skipped', 'cable: cables/notes.txt does not look like a cable; skipped'];

describe('cable check, export and refs', () => {
	it('checks a folder: one line per finding, each file once in path order, the skipped files and a summary on stderr', () => {
		const { status, stdout, stderr } = cable(['check', 'cables']);
		golden('check.txt', stdout);
		assert.equal(status, 1, 'errors fail the run by default');
		assert.match(stdout, /^cables\/diagnostics-header-fault\.cable:3:11: error cable\.serial\.mismatch Serial #0221/m);
		assert.deepEqual(stderr.trim().split('\n').slice(0, 2), SKIPPED);
		assert.match(stderr, /\d+ errors?, .* in 7 files, 2 skipped \(1 binary, 1 not a cable\)\n$/);
	});

	it('writes one JSON object per finding, the same findings as the text', () => {
		const { stdout } = cable(['check', 'cables', '--format', 'json']);
		golden('check.json', stdout);
		const findings = JSON.parse(stdout) as {
			file: string;
			line: number;
			column: number;
			severity: string;
			code: string;
			message: string;
		}[];
		const text = cable(['check', 'cables']).stdout.trim().split('\n');
		assert.deepEqual(
			findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.code}`),
			text.map((line) => line.split(' ').slice(0, 3).join(' ')),
		);
	});

	it('writes a SARIF 2.1.0 log valid against its schema, with the rule registry and every finding', () => {
		const { stdout } = cable(['check', 'cables', '--format', 'sarif']);
		const log = JSON.parse(stdout) as { version: string; runs: any[] };
		const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));
		// The schema is draft-04, whose `id` ajv 8 spells `$id`; nothing else it uses differs. One of
		// its patterns (language tags) is no valid regular expression in unicode mode.
		delete schema.$schema;
		schema.$id = schema.id;
		delete schema.id;
		const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
		ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
		ajv.addFormat('uri-reference', /^\S*$/);
		ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
		const validate = ajv.compile(schema);
		assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
		// The schema at least rejects a log without its version.
		assert.equal(validate({ ...log, version: undefined }), false);
		const run = log.runs[0];
		const json = JSON.parse(cable(['check', 'cables', '--format', 'json']).stdout) as { code: string; file: string; line: number }[];
		assert.equal(run.results.length, json.length);
		assert.ok(run.tool.driver.rules.length >= 40);
		for (const [index, result] of run.results.entries()) {
			assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
			assert.equal(result.ruleId, json[index]!.code);
			assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, json[index]!.file);
			assert.equal(result.locations[0].physicalLocation.region.startLine, json[index]!.line);
		}
	});

	it('takes rule settings from --rule and from .cable.json, and fails only at --fail-on', () => {
		const code = 'cable.serial.mismatch';
		const file = ['check', 'cables/diagnostics-header-fault.cable'];
		assert.match(cable(file).stdout, new RegExp(code));
		assert.equal(cable([...file, '--fail-on', 'never']).status, 0);
		const off = cable([...file, '--rule', `${code}=off`]);
		assert.doesNotMatch(off.stdout, new RegExp(code));
		assert.equal(off.status, 0, 'the other finding is information');
		assert.equal(cable([...file, '--rule', `${code}=off`, '--fail-on', 'information']).status, 1);
		assert.match(cable([...file, '--rule', `${code}=hint`]).stdout, /:3:11: hint cable\.serial\.mismatch/);

		const dir = mkdtempSync(join(tmpdir(), 'cable-config-'));
		try {
			writeFileSync(join(dir, 'a.cable'), readFileSync(join(FIXTURES, 'cables', 'diagnostics-header-fault.cable')));
			writeFileSync(join(dir, '.cable.json'), JSON.stringify({ 'cable.diagnostics.rules': { [code]: 'warning' } }));
			const configured = cable(['check', 'a.cable'], { cwd: dir });
			assert.match(configured.stdout, /^a\.cable:3:11: warning cable\.serial\.mismatch/m);
			assert.equal(configured.status, 0);
			assert.match(cable(['check', 'a.cable', '--rule', `${code}=error`], { cwd: dir }).stdout, /: error cable\.serial\.mismatch/);
			writeFileSync(join(dir, '.cable.json'), JSON.stringify({ 'cable.diagnostics.rules': { 'cable.no.such': 'off' } }));
			const misspelt = cable(['check', 'a.cable'], { cwd: dir });
			assert.equal(misspelt.status, 2);
			assert.match(misspelt.stderr, /no rule is called 'cable\.no\.such'/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('exports one CSV row per cable that a CSV parser reads back field for field as the JSONL rows', () => {
		const csv = cable(['export', 'cables']);
		golden('export.csv', csv.stdout);
		assert.equal(csv.status, 0);
		assert.deepEqual(csv.stderr.trim().split('\n'), [...SKIPPED, 'exported 7 files, 2 skipped (1 binary, 1 not a cable)']);
		const jsonl = cable(['export', 'cables', '--format', 'jsonl']);
		golden('export.jsonl', jsonl.stdout);
		const rows = jsonl.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		const records = parse(csv.stdout, { columns: true }) as Record<string, string>[];
		assert.equal(records.length, 5);
		assert.deepEqual(Object.keys(records[0]!), [...EXPORT_COLUMNS]);
		for (const [index, record] of records.entries()) {
			for (const column of EXPORT_COLUMNS) {
				const value = rows[index]![column];
				const expected = value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
				assert.equal(record[column], expected, `${rows[index]!.file} ${column}`);
			}
		}
		// The quoted subject survives: commas and quotes inside a field.
		assert.ok(records.some((record) => record.subject === 'GRAIN RESERVE: FIRST APPROACH, "QUOTED", WITH COMMAS'));
	});

	it('lists what a cable cites and what cites it, by id or by file, as text or a Graphviz graph', () => {
		const byId = cable(['refs', '78NAIROBI4977', '--in', 'cables']);
		golden('refs.txt', byId.stdout);
		assert.equal(byId.status, 0);
		assert.match(byId.stdout, /^cited by \(1\):\n {2}78NAIROBI5213 /m);
		const byFile = cable(['refs', 'cables/1978NAIROBI05213-received-copy.cable', '--in', 'cables', '--depth', '2', '--format', 'dot']);
		golden('refs.dot', byFile.stdout);
		assert.match(byFile.stdout, /"78NAIROBI4977" -> "78STATE100001";/, 'two steps away');
		assert.doesNotMatch(
			cable(['refs', 'cables/1978NAIROBI05213-received-copy.cable', '--in', 'cables', '--format', 'dot']).stdout,
			/78STATE100001/,
			'one step by default',
		);
		assert.equal(cable(['refs', '78NAIROBI4977']).status, 2, '--in is required');
	});

	it('answers --help, COMMAND --help and --version, and treats bad usage as status 2', () => {
		const help = cable(['--help']);
		assert.equal(help.status, 0);
		for (const command of ['check', 'export', 'refs', 'outline', 'model']) assert.match(help.stdout, new RegExp(`^ {2}${command} `, 'm'));
		const exportHelp = cable(['export', '--help']);
		assert.equal(exportHelp.status, 0);
		assert.match(exportHelp.stdout, /^Usage: cable export \[options\] PATH\.\.\.$/m);
		assert.match(exportHelp.stdout, /--format FORMAT +csv, jsonl \(default csv\)/);
		assert.match(cable(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
		for (const argv of [
			['check', 'cables', '--format', 'xml'],
			['export', 'cables', '--rule', 'x=off'],
			['check'],
			['check', 'cables', '--jobs', '0'],
			['frobnicate'],
		]) {
			const { status, stderr, stdout } = cable(argv);
			assert.equal(status, 2, argv.join(' '));
			assert.match(stderr, /^cable: /, argv.join(' '));
			assert.equal(stdout, '', argv.join(' '));
		}
	});

	it('reports a missing path as an I/O error (2) and a binary file named on the command line as skipped', () => {
		const missing = cable(['check', 'cables/no-such.txt', 'cables/diagnostics-header-fault.cable']);
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /^cable: cables\/no-such\.txt does not exist/m);
		assert.match(missing.stdout, /^cables\/diagnostics-header-fault\.cable:/m, 'the other files are still checked');
		const binary = cable(['export', 'cables/image.txt']);
		assert.equal(binary.status, 0);
		assert.equal(binary.stdout, `${EXPORT_COLUMNS.join(',')}\n`);
		assert.match(binary.stderr, /^cable: cables\/image\.txt is binary; skipped$/m);
		assert.equal(cable(['check', 'cables/*.missing']).status, 2, 'a glob that matches nothing');
		assert.match(cable(['check', 'cables/**/*.txt', '--fail-on', 'never']).stderr, /in 4 files, 2 skipped/, 'a glob reaches nested/');
	});

	it('ends quietly when the reader of its output goes away (| head -1)', () => {
		const result = spawnSync(
			'bash',
			['-c', `"${process.execPath}" "${CLI}" export cables cables/nested cables/*.cable --jobs 1 | head -1; exit \${PIPESTATUS[0]}`],
			{ cwd: FIXTURES, encoding: 'utf8' },
		);
		assert.equal(result.stdout, `${EXPORT_COLUMNS.join(',')}\n`);
		assert.equal(result.status, 0, result.stderr);
		assert.doesNotMatch(result.stderr, /EPIPE|Error|at /);
	});

	it('gives the same output with one job and with two, on a folder of the corpus', { skip: !corpusAvailable && corpusSkipReason }, () => {
		const one = cable(['check', CABLES, '--jobs', '1', '--fail-on', 'never']);
		const two = cable(['check', CABLES, '--jobs', '2', '--fail-on', 'never']);
		assert.equal(one.status, 0, one.stderr);
		assert.ok(one.stdout.split('\n').length > 100);
		assert.equal(two.stdout, one.stdout);
		assert.equal(two.stderr, one.stderr);
		const glob = join(CABLES, '0[0-4]*.txt');
		const exportOne = cable(['export', glob, '--jobs', '1']);
		assert.ok(exportOne.stdout.split('\n').length > 50);
		assert.equal(cable(['export', glob, '--jobs', '2']).stdout, exportOne.stdout);
	});
});
