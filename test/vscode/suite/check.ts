/**
 * A check is a named async assertion run in the extension host. After the first one (which
 * sets the stage), they run concurrently, each waiting on its own condition, then the ones
 * that must have the editor to themselves run one by one; results are reported in the order
 * declared.
 */
import { writeFileSync } from 'node:fs';
import { Skip } from './eventually';
import { type CheckResult, LOG_PREFIX, RESULTS_ENV } from './results';

export interface Check {
	readonly name: string;
	run(): Promise<void>;
}

async function runOne(check: Check): Promise<CheckResult> {
	const started = Date.now();
	const ms = () => Date.now() - started;
	try {
		await check.run();
		return { name: check.name, status: 'pass', ms: ms() };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { name: check.name, status: error instanceof Skip ? 'skip' : 'fail', message, ms: ms() };
	}
}

const MARK = { pass: '✓', fail: '✗', skip: '-' } as const;

/** `alone`: checks that show an editor and type in it, which another check's editor would take the keys from. */
export async function runChecks(first: Check, rest: readonly Check[], alone: readonly Check[] = []): Promise<readonly CheckResult[]> {
	const results = [await runOne(first), ...(await Promise.all(rest.map(runOne)))];
	for (const check of alone) results.push(await runOne(check));
	for (const result of results) {
		const detail = result.message ? `: ${result.message}` : '';
		console.log(`${LOG_PREFIX} ${MARK[result.status]} ${result.name} (${result.ms} ms)${detail}`);
	}
	const file = process.env[RESULTS_ENV];
	if (file) writeFileSync(file, JSON.stringify(results, null, 2));
	return results;
}
