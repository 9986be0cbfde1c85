/**
 * The extension-host suite: VS Code (desktop, or code-server through the launcher) loads this
 * module as `extensionTestsPath` and awaits run(). It rejects when a check fails; the
 * per-check results also go to $CABLE_E2E_RESULTS for the node:test report.
 */
import { type Check, runChecks } from './check';
import { extension } from './documents';
import { navigationChecks } from './navigationChecks';
import { sampleChecks } from './sampleChecks';
import { seedChecks } from './seedChecks';
import { newCableChecks, writingChecks } from './writingChecks';

const activation: Check = {
	name: 'the extension activates (its language client starts)',
	run: async () => {
		await extension().activate();
	},
};

export async function run(): Promise<void> {
	const results = await runChecks(activation, [...seedChecks, ...sampleChecks, ...navigationChecks, ...writingChecks], newCableChecks);
	const failed = results.filter((result) => result.status === 'fail');
	if (failed.length > 0) {
		throw new Error(`${failed.length} of ${results.length} checks failed: ${failed.map((result) => result.name).join('; ')}`);
	}
}
