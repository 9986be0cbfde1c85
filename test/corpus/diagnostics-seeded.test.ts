import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';
import { doc } from '../helpers/documents';
import { applyFault, faultProblem, SEEDED_FAULTS } from '../helpers/seededFaults';

/** Each fault is seeded into this many clean corpus cables (those with no diagnostic at all). */
const CABLES_PER_FAULT = 3;

describe('seeded faults in clean corpus cables', { skip: corpusSkipReason }, () => {
	const service = createCableLanguageService();
	const diagnosticsOf = (text: string) => service.getDiagnostics(doc(text));
	const clean = [...corpusCables()].filter((cable) => diagnosticsOf(cable.text).length === 0);

	it('finds clean cables to break', () => {
		assert.ok(clean.length > 100, `only ${clean.length} corpus cables without diagnostics`);
	});

	for (const fault of SEEDED_FAULTS) {
		it(`${fault.code}: caught on the broken line in ${CABLES_PER_FAULT} real cables, gone once restored`, () => {
			const cables = clean.filter((cable) => applyFault(cable.text, fault)).slice(0, CABLES_PER_FAULT);
			assert.ok(cables.length > 0, 'no clean corpus cable has the field this fault breaks');
			const problems = cables.flatMap((cable) => {
				const problem = faultProblem(cable.text, fault, diagnosticsOf);
				return problem ? [`${cable.name}: ${problem}`] : [];
			});
			assert.deepEqual(problems, []);
		});
	}
});
