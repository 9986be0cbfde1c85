/**
 * Real cables are the judge: every corpus cable gets its diagnostics, the suite prints how
 * many cables get each code, and an error on a real cable must be a known, explained defect
 * of that cable (test/fixtures/diagnostics-known-defects.json).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { RULES } from '../../server/src/diagnostics/registry';
import { createCableLanguageService } from '../../server/src/languageService';
import { corpusCables, corpusSkipReason, fixtureText, seedText } from '../helpers/corpus';
import { doc } from '../helpers/documents';
import { lineLengths, rangeProblem } from '../helpers/structure';

interface KnownDefect {
	readonly file: string;
	readonly code: string;
	readonly reason: string;
}

const KNOWN_DEFECTS: readonly KnownDefect[] = JSON.parse(fixtureText('diagnostics-known-defects.json'));
const key = (file: string, code: string) => `${file} ${code}`;

describe('diagnostics over the corpus', { skip: corpusSkipReason }, () => {
	const service = createCableLanguageService();
	const results: Array<{ readonly name: string; readonly uri: string; readonly text: string; readonly diagnostics: Diagnostic[] }> = [];

	before(() => {
		for (const cable of corpusCables()) {
			const document = doc(cable.text, cable.uri);
			results.push({ name: cable.name, uri: cable.uri, text: cable.text, diagnostics: service.getDiagnostics(document) });
		}
	});

	it('reports how many cables get each diagnostic', () => {
		const cables = new Map<string, Set<string>>(RULES.map((rule) => [rule.code, new Set()]));
		for (const result of results) for (const diagnostic of result.diagnostics) cables.get(String(diagnostic.code))!.add(result.name);
		console.log(`# diagnostics over ${results.length} corpus cables: cables per code (default severity)`);
		for (const rule of RULES) console.log(`# ${String(cables.get(rule.code)!.size).padStart(5)}  ${rule.code} (${rule.severity})`);
		const clean = results.filter((result) => result.diagnostics.length === 0).length;
		console.log(`# ${String(clean).padStart(5)}  cables without any diagnostic`);
	});

	it('gives every diagnostic a code, the cable source and ranges inside the document', () => {
		const problems: string[] = [];
		for (const { name, uri, text, diagnostics } of results) {
			const lengths = lineLengths(text);
			for (const diagnostic of diagnostics) {
				const where = `${name} ${diagnostic.code} line ${diagnostic.range.start.line + 1}`;
				if (diagnostic.source !== 'cable' || !RULES.some((rule) => rule.code === diagnostic.code))
					problems.push(`${where}: code or source`);
				const bad = rangeProblem(diagnostic.range, lengths);
				if (bad) problems.push(`${where}: ${bad}`);
				for (const related of diagnostic.relatedInformation ?? []) {
					const relatedBad = rangeProblem(related.location.range, lengths);
					if (related.location.uri !== uri || relatedBad) problems.push(`${where}: related ${relatedBad ?? 'in another document'}`);
				}
			}
		}
		assert.deepEqual(problems, []);
	});

	it('raises errors only for the known defects of real cables', () => {
		const known = new Set(KNOWN_DEFECTS.map((defect) => key(defect.file, defect.code)));
		const unexplained = results.flatMap(({ name, diagnostics }) =>
			diagnostics
				.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error && !known.has(key(name, String(diagnostic.code))))
				.map((diagnostic) => `${name}:${diagnostic.range.start.line + 1} ${diagnostic.code}: ${diagnostic.message}`),
		);
		assert.deepEqual(unexplained, []);
	});

	it('still finds every known defect, each with its reason', () => {
		const found = new Set(results.flatMap(({ name, diagnostics }) => diagnostics.map((diagnostic) => key(name, String(diagnostic.code)))));
		const stale = KNOWN_DEFECTS.filter((defect) => !found.has(key(defect.file, defect.code)) || defect.reason.trim().length < 20);
		assert.deepEqual(stale, []);
	});

	it('finds nothing to report on the seed', () => {
		assert.deepEqual(service.getDiagnostics(doc(seedText())), []);
	});
});
