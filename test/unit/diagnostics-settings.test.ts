import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { ruleSummaries } from '../../server/src/features/diagnostics';
import { readDiagnosticSettings } from '../../server/src/settings';
import { createCableLanguageService } from '../../server/src/languageService';
import { REPO_ROOT, seedText } from '../helpers/corpus';
import { doc } from '../helpers/documents';

const service = createCableLanguageService();
/** The seed with a DE serial that contradicts the id and banner (error) and an unknown tag (information). */
const broken = seedText()
	.replace('#0374/01', '#0375/01')
	.replace(/TAGS: PREL PARM/g, 'TAGS: PREL PARN');

describe('diagnostic settings', () => {
	it('reports every rule at its default severity by default', () => {
		const diagnostics = service.getDiagnostics(doc(broken));
		const serial = diagnostics.find((diagnostic) => diagnostic.code === 'cable.serial.mismatch');
		assert.equal(serial?.severity, DiagnosticSeverity.Error);
		assert.equal(serial?.source, 'cable');
		assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'cable.tags.unknown')[0]?.severity, DiagnosticSeverity.Information);
	});

	it('switches a rule off or re-grades it', () => {
		const settings = readDiagnosticSettings({ diagnostics: { rules: { 'cable.serial.mismatch': 'hint', 'cable.tags.unknown': 'off' } } });
		const diagnostics = service.getDiagnostics(doc(broken), settings);
		assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'cable.serial.mismatch')?.severity, DiagnosticSeverity.Hint);
		assert.equal(
			diagnostics.some((diagnostic) => diagnostic.code === 'cable.tags.unknown'),
			false,
		);
	});

	it('switches diagnostics off altogether', () => {
		assert.deepEqual(service.getDiagnostics(doc(broken), readDiagnosticSettings({ diagnostics: { enable: false } })), []);
	});

	it('reads missing or malformed settings as the defaults', () => {
		for (const section of [
			undefined,
			null,
			{},
			{ diagnostics: 'yes' },
			{ diagnostics: { enable: 'no', rules: { 'cable.tags.unknown': 'loud', other: 3 } } },
		]) {
			assert.deepEqual(readDiagnosticSettings(section), { enable: true, rules: {} });
		}
	});

	it('names the conflicting field of a disagreement as related information in the same document', () => {
		const document = doc(broken);
		const serial = service.getDiagnostics(document).find((diagnostic) => diagnostic.code === 'cable.serial.mismatch')!;
		assert.equal(serial.relatedInformation?.[0]?.location.uri, document.uri);
		assert.match(serial.relatedInformation![0]!.message, /cable id: serial 374/);
		assert.match(String(serial.message), /Serial #0375 in the DE line differs from the cable id \(07TOKYO374\): expected 0374/);
	});

	it('lists every rule in package.json with its default severity', () => {
		const properties = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).contributes.configuration.properties;
		const rules = properties['cable.diagnostics.rules'].properties as Record<string, { default: string; markdownDescription: string }>;
		assert.deepEqual(
			Object.entries(rules).map(([code, rule]) => [code, rule.default, rule.markdownDescription]),
			ruleSummaries().map((rule) => [rule.code, rule.severity, rule.description]),
		);
		assert.equal(properties['cable.diagnostics.enable'].default, true);
	});
});
