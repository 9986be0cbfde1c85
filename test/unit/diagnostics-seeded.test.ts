import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/diagnostics/registry';
import { createCableLanguageService } from '../../server/src/languageService';
import { seedText } from '../helpers/corpus';
import { doc } from '../helpers/documents';
import { applyFault, faultProblem, SEEDED_FAULTS } from '../helpers/seededFaults';

const service = createCableLanguageService();
const diagnosticsOf = (text: string) => service.getDiagnostics(doc(text));

describe('diagnostics on the seed cable 07TOKYO374', () => {
	const seed = seedText();

	it('has no diagnostics', () => {
		assert.deepEqual(diagnosticsOf(seed), []);
	});

	it('has a seeded fault for every rule', () => {
		const seeded = new Set(SEEDED_FAULTS.map((fault) => fault.code));
		// Rules comparing cables need a workspace: test/unit/navigation-hover-diagnostics.test.ts seeds theirs.
		assert.deepEqual(
			RULES.filter((rule) => !rule.needsWorkspace)
				.map((rule) => rule.code)
				.filter((code) => !seeded.has(code)),
			[],
		);
	});

	it('takes a seeded fault of every rule family', () => {
		const families = new Set(
			SEEDED_FAULTS.filter((fault) => applyFault(seed, fault)).map((fault) => RULES.find((rule) => rule.code === fault.code)!.family),
		);
		assert.deepEqual([...families].sort(), ['classification', 'identity', 'malformed', 'precedence', 'structure', 'time']);
	});

	// Faults on fields the seed lacks (it has no REF line) run on corpus cables in test/corpus.
	for (const fault of SEEDED_FAULTS.filter((candidate) => applyFault(seed, candidate) !== undefined)) {
		it(`${fault.code}: reported on the broken line, gone once restored`, () => {
			assert.equal(faultProblem(seed, fault, diagnosticsOf), undefined);
		});
	}
});
