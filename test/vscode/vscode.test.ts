/**
 * The extension proven where users run it: VS Code 1.100.3 (code-server) in headless
 * chromium. Two suites, after the fast ones:
 *  - the extension-host suite (suite/), started through @vscode/test-electron's runTests with
 *    a launcher standing in for VS Code desktop, reported here check by check;
 *  - a UI check with Playwright on the workbench, saving screenshots to test-results/vscode/.
 * On first use, code-server and chromium are installed by scripts/setup-code-server.sh.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, test } from 'node:test';
import { runTests } from '@vscode/test-electron';
import { EXTENSION_HOST_SUITE, LAUNCHER, REPO_ROOT, RESULTS_DIR, SAMPLES_DIR } from './harness/paths';
import { ensureCodeServer } from './harness/setup';
import { type CheckResult, RESULTS_ENV } from './suite/results';
import {
	closeWidgets,
	goTo,
	hoverAt,
	inspectTokens,
	openFile,
	openWorkbench,
	outlineRows,
	problemRows,
	readUntil,
	statusBarLanguage,
	type Workbench,
} from './ui/workbench';

const SETUP_TIMEOUT_MS = 10 * 60_000;
const EXTENSION_HOST_TIMEOUT_MS = 4 * 60_000;
const UI_STEP_TIMEOUT_MS = 60_000;

const SEED = '07TOKYO374.txt';
const FAULT_SAMPLE = '10NAIROBI212-seeded-faults.cable';
const SEED_SECTIONS = ['SIX PARTY TALKS', 'INDIA', 'CENTRAL ASIA', 'RUSSIA', 'CHINA'];

before(ensureCodeServer, { timeout: SETUP_TIMEOUT_MS });

test('VS Code extension host (runTests through code-server)', { timeout: EXTENSION_HOST_TIMEOUT_MS }, async (t) => {
	// Kept after the run, for people to look at.
	const resultsFile = join(RESULTS_DIR, 'extension-host-results.json');
	mkdirSync(RESULTS_DIR, { recursive: true });
	rmSync(resultsFile, { force: true });
	const exitCode = await runTests({
		// CABLE_E2E_VSCODE=desktop: runTests downloads VS Code desktop (needs internet and a display).
		vscodeExecutablePath: process.env.CABLE_E2E_VSCODE === 'desktop' ? undefined : LAUNCHER,
		extensionDevelopmentPath: REPO_ROOT,
		extensionTestsPath: EXTENSION_HOST_SUITE,
		launchArgs: [SAMPLES_DIR],
		extensionTestsEnv: { [RESULTS_ENV]: resultsFile },
	}).catch((error: { code?: number; message: string }) => error.code ?? error.message);

	let results: CheckResult[] = [];
	try {
		results = JSON.parse(readFileSync(resultsFile, 'utf8')) as CheckResult[];
	} catch {
		// No results: the run never reached the checks; the exit code below says so.
	}
	for (const result of results) {
		await t.test(result.name, { skip: result.status === 'skip' && result.message }, () => {
			if (result.status === 'fail') assert.fail(result.message);
		});
	}
	assert.equal(exitCode, 0, `the extension-host suite exited with ${exitCode} (its output is above)`);
});

describe('VS Code UI (Playwright on code-server in chromium)', () => {
	const seedLines = readFileSync(join(SAMPLES_DIR, SEED), 'utf8').split(/\r?\n/);
	/** 1-based line of the first line matching, as Go to Line wants it. */
	const seedLine = (pattern: RegExp) => seedLines.findIndex((line) => pattern.test(line)) + 1;
	const bannerLine = seedLine(/^C O N F I D E N T I A L/);
	const deLine = seedLine(/^DE RUEHKO/);
	const ruehkoColumn = seedLines[deLine - 1]!.indexOf('RUEHKO') + 1;
	let workbench: Workbench;

	before(
		async () => {
			workbench = await openWorkbench({
				folder: SAMPLES_DIR,
				extensionDevelopmentPath: REPO_ROOT,
				screenshotsDir: RESULTS_DIR,
			});
			await openFile(workbench.page, SEED, 'DE RUEHKO');
		},
		{ timeout: UI_STEP_TIMEOUT_MS },
	);
	after(() => workbench?.close());

	it('the status bar shows the cable language', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		const language = await readUntil(() => statusBarLanguage(page), (text) => /cable/i.test(text));
		await workbench.screenshot('01-seed-status-bar');
		assert.match(language, /cable/i, `status bar language: ${language}`);
	});

	/** The `.cable` scopes the inspector lists, less the grammar's root scope. */
	const grammarScopes = (inspector: string) =>
		(/textmate scopes(.*)/i.exec(inspector)?.[1]?.match(/[\w.-]+\.cable\b/g) ?? []).filter((scope) => scope !== 'source.cable');

	it('the token inspector shows grammar scopes on the classification banner', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const inspector = await inspectTokens(workbench.page, bannerLine, 1);
		await workbench.screenshot('02-tokens-banner');
		await closeWidgets(workbench.page);
		assert.match(inspector, /source\.cable/, `inspector on the banner: ${inspector}`);
		assert.ok(grammarScopes(inspector).length > 0, `no scope below source.cable on the banner: ${inspector}`);
	});

	it('the token inspector shows grammar scopes on routing indicator RUEHKO', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const inspector = await inspectTokens(workbench.page, deLine, ruehkoColumn);
		await workbench.screenshot('03-tokens-routing-indicator');
		await closeWidgets(workbench.page);
		assert.match(inspector, /source\.cable/, `inspector on RUEHKO: ${inspector}`);
		assert.ok(grammarScopes(inspector).length > 0, `no scope below source.cable on RUEHKO: ${inspector}`);
	});

	it("the Outline view lists the seed's sections", { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const missing = (rows: string[]) => SEED_SECTIONS.filter((title) => !rows.some((row) => row.toUpperCase().startsWith(title)));
		const rows = await outlineRows(workbench.page, (seen) => missing(seen).length === 0);
		await workbench.screenshot('04-outline');
		assert.deepEqual(missing(rows), [], `sections missing from the Outline; it shows: ${JSON.stringify(rows)}`);
	});

	it('hovering RUEHKO shows Embassy Tokyo', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const hover = await hoverAt(workbench.page, deLine, ruehkoColumn + 2, (text) => /Embassy Tokyo/i.test(text));
		await workbench.screenshot('05-hover-ruehko');
		await workbench.page.mouse.move(5, 5);
		assert.match(hover, /Embassy Tokyo/i, `hover on RUEHKO: ${JSON.stringify(hover)}`);
	});

	it('the Problems panel lists the seeded header fault', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		await openFile(page, FAULT_SAMPLE, 'DE RUEHNR');
		await goTo(page, 1, 1);
		const listsFault = (rows: string[]) => rows.some((row) => row.includes(FAULT_SAMPLE)) && rows.length > 1;
		const rows = await problemRows(page, listsFault);
		await workbench.screenshot('06-problems');
		assert.ok(listsFault(rows), `the Problems panel shows: ${JSON.stringify(rows)}`);
	});
});
