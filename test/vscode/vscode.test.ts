/**
 * The extension proven where users run it: VS Code 1.100.3 (code-server) in headless
 * chromium. Two suites, after the fast ones:
 *  - the extension-host suite (suite/), started through @vscode/test-electron's runTests with
 *    a launcher standing in for VS Code desktop, reported here check by check;
 *  - a UI check with Playwright on the workbench, saving screenshots to test-results/vscode/;
 *    with UPDATE_SCREENSHOTS=1 it also rewrites the README's, in images/screenshots/.
 * On first use, code-server and chromium are installed by scripts/setup-code-server.sh.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, test } from 'node:test';
import { runTests } from '@vscode/test-electron';
import { CORPUS_DIR, corpusAvailable, corpusSkipReason } from '../helpers/corpus';
import { EXTENSION_HOST_SUITE, LAUNCHER, README_SCREENSHOTS_DIR, REPO_ROOT, RESULTS_DIR, SAMPLES_DIR } from './harness/paths';
import { ensureCodeServer } from './harness/setup';
import { CITER_BOTH, CITER_SEED, CITERS, makeNavigationFolder } from './navigationFolder';
import { type CheckResult, RESULTS_ENV } from './suite/results';
import {
	activeTabTitle,
	closeWidgets,
	editorArea,
	goTo,
	hoverAt,
	inspectTokens,
	openFile,
	openWorkbench,
	outlineRows,
	type PaintedLine,
	paintedLine,
	problemRows,
	peekRows,
	pressAt,
	readUntil,
	runCommand,
	scrollLineToTop,
	selectColorTheme,
	statusBarLanguage,
	suggestRows,
	typeAt,
	viewLineText,
	workspaceSymbolRows,
	type Workbench,
} from './ui/workbench';

const SETUP_TIMEOUT_MS = 10 * 60_000;
const EXTENSION_HOST_TIMEOUT_MS = 4 * 60_000;
const UI_STEP_TIMEOUT_MS = 60_000;

const SEED = '07TOKYO374.txt';
const FAULT_SAMPLE = '10NAIROBI212-seeded-faults.cable';
const SEED_SECTIONS = ['SIX PARTY TALKS', 'INDIA', 'CENTRAL ASIA', 'RUSSIA', 'CHINA'];

/**
 * A user with token colour rules of their own, one on the confidential banner's own scope. VS Code
 * replaces a default `editor.tokenColorCustomizations` with the user's as a whole, which is why the
 * classification colours are decorations: this user must still see them.
 */
const USER_TOKEN_COLOR = '#FF00FF';
const USER_SETTINGS = {
	'workbench.colorTheme': 'Default Dark Modern',
	'editor.tokenColorCustomizations': {
		textMateRules: [
			{ scope: 'comment', settings: { foreground: '#6A9955', fontStyle: 'italic' } },
			{ scope: 'constant.language.classification.confidential.banner', settings: { foreground: USER_TOKEN_COLOR } },
		],
	},
};

type ThemeKind = 'dark' | 'light';
interface ContributedColor {
	readonly id: string;
	readonly defaults: Readonly<Record<ThemeKind, string>>;
}
const CONTRIBUTED_COLORS = (
	JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { colors: ContributedColor[] } }
).contributes.colors;

interface Rgba {
	readonly red: number;
	readonly green: number;
	readonly blue: number;
	readonly alpha: number;
}

/** The default the manifest gives a theme colour for themes of `kind`, as channels. */
function contributedColor(id: string, kind: ThemeKind): Rgba {
	const hex = CONTRIBUTED_COLORS.find((color) => color.id === id)?.defaults[kind];
	const match = hex && /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})([\da-f]{2})?$/i.exec(hex);
	if (!match) throw new Error(`package.json contributes no ${kind} colour ${id} in #RRGGBB(AA): ${hex}`);
	// No alpha pair: opaque.
	const [red, green, blue, alpha] = match.slice(1).map((pair) => (pair === undefined ? 255 : parseInt(pair, 16)));
	return { red: red!, green: green!, blue: blue!, alpha: alpha! / 255 };
}

/** Whether a computed CSS colour (`rgb(…)`, `rgba(…)`) is `expected`, the alpha to a percent (CSS rounds it). */
function isColor(css: string, expected: Rgba): boolean {
	const channels = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(css)?.slice(1);
	if (!channels) return false;
	const [red, green, blue] = channels.map(Number);
	const alpha = channels[3] === undefined ? 1 : Number(channels[3]);
	return red === expected.red && green === expected.green && blue === expected.blue && Math.abs(alpha - expected.alpha) < 0.01;
}

/** 1-based line and column a character into the first `needle` of `text`, as Go to Line wants them. */
function lineAndColumn(text: string, needle: string): { line: number; column: number } {
	const lines = text.split(/\r?\n/);
	const line = lines.findIndex((candidate) => candidate.includes(needle));
	if (line < 0) throw new Error(`"${needle}" not found`);
	return { line: line + 1, column: lines[line]!.indexOf(needle) + 2 };
}

before(ensureCodeServer, { timeout: SETUP_TIMEOUT_MS });

test('VS Code extension host (runTests through code-server)', { timeout: EXTENSION_HOST_TIMEOUT_MS }, async (t) => {
	// Kept after the run, for people to look at.
	const resultsFile = join(RESULTS_DIR, 'extension-host-results.json');
	mkdirSync(RESULTS_DIR, { recursive: true });
	rmSync(resultsFile, { force: true });
	// The samples and cables citing them, for the navigation checks.
	const folder = makeNavigationFolder(SAMPLES_DIR);
	t.after(() => rmSync(folder, { recursive: true, force: true }));
	const exitCode = await runTests({
		// CABLE_E2E_VSCODE=desktop: runTests downloads VS Code desktop (needs internet and a display).
		vscodeExecutablePath: process.env.CABLE_E2E_VSCODE === 'desktop' ? undefined : LAUNCHER,
		extensionDevelopmentPath: REPO_ROOT,
		extensionTestsPath: EXTENSION_HOST_SUITE,
		launchArgs: [folder],
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
	// The samples and cables citing them, as the extension-host suite opens them.
	const folder = makeNavigationFolder(SAMPLES_DIR);
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
				folder,
				extensionDevelopmentPath: REPO_ROOT,
				screenshotsDir: RESULTS_DIR,
				userSettings: USER_SETTINGS,
				// Tracked files: the tests leave them alone unless asked.
				readmeDir: process.env.UPDATE_SCREENSHOTS === '1' ? README_SCREENSHOTS_DIR : undefined,
			});
			await openFile(workbench.page, SEED, 'DE RUEHKO');
		},
		{ timeout: UI_STEP_TIMEOUT_MS },
	);
	after(async () => {
		await workbench?.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('the status bar shows the cable language', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		const language = await readUntil(
			() => statusBarLanguage(page),
			(text) => /cable/i.test(text),
		);
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

	/** The seed from its routing header down, in the editor alone: header, banner, caption and first paragraphs. */
	async function showSeedHeader(): Promise<void> {
		const page = workbench.page;
		// The palette offers Hide Panel only while the panel shows (after the Problems check).
		if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel');
		await openFile(page, SEED, 'DE RUEHKO', 1);
		await scrollLineToTop(page, seedLine(/^VZCZC/));
	}

	it(
		"a user's own token colour rules leave the classification colours on the banner, in dark and light themes",
		{ timeout: UI_STEP_TIMEOUT_MS },
		async () => {
			const page = workbench.page;
			// The user's rule reaches the banner's token: without the decoration, the banner would be painted in it.
			const inspector = await inspectTokens(page, bannerLine, 1);
			await closeWidgets(page);
			assert.match(inspector, new RegExp(`foreground ${USER_TOKEN_COLOR}`, 'i'), `the user's rule on the banner's token: ${inspector}`);
			// The picker's labels for the themes `Default Dark Modern` and `Default Light Modern`.
			const themes: [string, ThemeKind][] = [
				['Dark Modern', 'dark'],
				['Light Modern', 'light'],
			];
			for (const [theme, kind] of themes) {
				await selectColorTheme(page, theme);
				await showSeedHeader();
				const band = contributedColor('cable.classification.confidential.background', kind);
				const text = contributedColor('cable.classification.confidential.foreground', kind);
				// The banner's first letters, the band behind the whole line.
				const marking = (line: PaintedLine) => line.runs.find((run) => /\S/.test(run.text));
				const painted = (line: PaintedLine) =>
					line.bands.some((color) => isColor(color, band)) &&
					isColor(marking(line)?.color ?? '', text) &&
					Number(marking(line)?.fontWeight) >= 700;
				const banner = await readUntil(() => paintedLine(page, 'C O N F I D E N T I A L'), painted);
				await workbench.screenshot(`03-colours-${kind}`);
				await workbench.readmeScreenshot(`colours-${kind}`, editorArea(page), { width: 640, height: 700 });
				assert.ok(
					painted(banner),
					`${theme}: expected a band ${JSON.stringify(band)} and bold text ${JSON.stringify(text)}; the banner is painted ${JSON.stringify(banner)}`,
				);
			}
			await selectColorTheme(page, 'Dark Modern');
		},
	);

	it("the Outline view lists the seed's sections", { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const missing = (rows: string[]) => SEED_SECTIONS.filter((title) => !rows.some((row) => row.toUpperCase().startsWith(title)));
		const rows = await outlineRows(workbench.page, (seen) => missing(seen).length === 0);
		await workbench.screenshot('04-outline');
		await workbench.readmeScreenshot('outline', workbench.page.locator('.monaco-workbench'), { width: 900, height: 400 });
		assert.deepEqual(missing(rows), [], `sections missing from the Outline; it shows: ${JSON.stringify(rows)}`);
	});

	it('hovering RUEHKO shows Embassy Tokyo', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const hover = await hoverAt(workbench.page, deLine, ruehkoColumn + 2, (text) => /Embassy Tokyo/i.test(text));
		await workbench.screenshot('05-hover-ruehko');
		await workbench.readmeScreenshot('hover', editorArea(workbench.page), { width: 830, height: 390 });
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

	it('F12 on a REF item opens the cited cable', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		await openFile(page, CITER_BOTH, 'REF: A.');
		const { line, column } = lineAndColumn(CITERS[CITER_BOTH]!, '07 TOKYO 374');
		await pressAt(page, line, column, 'F12');
		const title = await readUntil(
			() => activeTabTitle(page),
			(text) => text.includes(SEED),
		);
		await workbench.screenshot('07-definition');
		assert.match(title, new RegExp(SEED), `the editor in front after F12: ${title}`);
	});

	it('Shift+F12 on a cable lists the cables citing it', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		await openFile(page, SEED, 'DE RUEHKO');
		const listsCiters = (rows: string[]) => [CITER_BOTH, CITER_SEED].every((name) => rows.some((row) => row.includes(name)));
		await pressAt(page, seedLine(/^SUBJECT:/), 3, 'Shift+F12');
		const rows = await peekRows(page, listsCiters);
		await workbench.screenshot('08-references');
		await closeWidgets(page);
		assert.ok(listsCiters(rows), `the references peek shows: ${JSON.stringify(rows)}`);
	});

	it('Cable: Show Citations shows who cites the cable', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		await goTo(page, seedLine(/^SUBJECT:/), 3);
		await runCommand(page, 'Cable: Show Citations');
		const listsCiters = (rows: string[]) => ['10TOKYO90001', '10TOKYO90002'].every((id) => rows.some((row) => row.includes(id)));
		const rows = await peekRows(page, listsCiters);
		await workbench.screenshot('09-citations');
		await closeWidgets(page);
		assert.ok(listsCiters(rows), `the citations peek shows: ${JSON.stringify(rows)}`);
	});

	it('Ctrl+T finds a cable by id and by subject words, the exact id first', { timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		// 07TOKYO3741 matches as well: the exact id must come before it.
		const exactFirst = (rows: string[]) =>
			rows[0]?.startsWith('07TOKYO374 ') === true && rows.some((row) => row.startsWith('07TOKYO3741 '));
		for (const [index, query] of ['TOKYO 374', 'tokyo374'].entries()) {
			const rows = await workspaceSymbolRows(page, query, exactFirst);
			await workbench.screenshot(`10-workspace-symbols-id-${index + 1}`);
			if (index === 0) await workbench.readmeScreenshot('ctrl-t', page.locator('.quick-input-widget'));
			await closeWidgets(page);
			assert.ok(exactFirst(rows), `Ctrl+T "${query}" lists: ${JSON.stringify(rows)}`);
		}
		const bySubject = await workspaceSymbolRows(page, 'arctic rescue', (rows) => rows[0]?.startsWith('09OSLO517') === true);
		await workbench.screenshot('11-workspace-symbols-subject');
		await closeWidgets(page);
		assert.match(bySubject[0] ?? '', /^09OSLO517/, `Ctrl+T "arctic rescue" lists: ${JSON.stringify(bySubject)}`);
	});

	// Last: typing leaves the seed modified until it is reverted.
	it(
		'the seed shows the date in words after its DTG, and no station or tag meaning (inlay hints by default)',
		{ timeout: UI_STEP_TIMEOUT_MS },
		async () => {
			const page = workbench.page;
			const tags = seedLines[seedLine(/^TAGS:/) - 1]!;
			// The header and the caption on one screen: the date hint showing proves the hints of every line in view arrived.
			await showSeedHeader();
			const dtg = await readUntil(
				() => viewLineText(page, 'P 260754Z JAN 07'),
				(text) => /2007/.test(text),
			);
			await workbench.screenshot('12-inlay-hints');
			assert.match(dtg, /^P 260754Z JAN 07 .*2007/, `the DTG line reads: ${dtg}`);
			// Lines a default-off kind would lengthen, read as written.
			for (const raw of ['DE RUEHKO #0374/01 0260754', 'INFO RUEHAH/AMEMBASSY ASHGABAT PRIORITY 0139', tags])
				assert.equal(await viewLineText(page, raw), raw);
		},
	);

	it(
		'typing on a TAGS line offers tag codes matched on the words of their meanings, the meanings shown',
		{ timeout: UI_STEP_TIMEOUT_MS },
		async () => {
			const page = workbench.page;
			const tagsLine = seedLine(/^TAGS:/);
			await typeAt(page, tagsLine, seedLines[tagsLine - 1]!.length + 1, ' nucl');
			// The row reads `MNUC Nuclear …  subject`: the meaning beside the code, the kind at the right.
			const offersMnuc = (rows: string[]) => rows.some((row) => /^MNUC .*nuclear/i.test(row));
			const rows = await suggestRows(page, offersMnuc);
			await workbench.screenshot('13-completion-tags');
			// From the banner above the TAGS line, to the subject below the widget.
			await workbench.readmeScreenshot('completion', editorArea(page), {
				width: 930,
				height: 200,
				from: page.locator('.monaco-editor .view-line', { hasText: /^C\sO\sN\sF/ }).first(),
			});
			await closeWidgets(page);
			await runCommand(page, 'File: Revert File');
			assert.ok(offersMnuc(rows), `the suggest widget shows: ${JSON.stringify(rows)}`);
			assert.equal(
				rows.some((row) => row.startsWith('KNNP')),
				false,
				`KNNP, already on the line, is offered: ${JSON.stringify(rows)}`,
			);
		},
	);
});

/**
 * Issue 15's "done when", on the real corpus opened as the workspace (what `npm start -- FOLDER`
 * does): once the folder is indexed, Ctrl+T finds a cable by id and by subject words, F12 on a
 * REF item opens the cited cable and Shift+F12 lists every cable citing it. 08STATE85678 is cited
 * by four corpus cables, 08ATHENS1156 among them (`C. SECSTATE 85678`).
 */
describe('VS Code UI on the corpus folder', () => {
	const cables = join(CORPUS_DIR, 'cables');
	const CITED = '08STATE85678';
	const CITING = ['08ATHENS1156', '08BUDAPEST807', '08COPENHAGEN427', '08PRAGUE535'];
	const missing = [CITED, ...CITING].filter((id) => !existsSync(join(cables, `${id}.txt`)));
	const skip = !corpusAvailable ? corpusSkipReason : missing.length > 0 && `the corpus lacks ${missing.join(', ')}`;
	let workbench: Workbench;

	before(
		async () => {
			if (skip) return;
			workbench = await openWorkbench({ folder: cables, extensionDevelopmentPath: REPO_ROOT, screenshotsDir: join(RESULTS_DIR, 'corpus') });
		},
		{ timeout: UI_STEP_TIMEOUT_MS },
	);
	after(() => workbench?.close());

	it('Ctrl+T finds a cable by id and by subject words', { skip, timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		// As a reader would: a cable opened first starts the extension (a folder of .txt files alone does not
		// activate it), then the first answers wait for the folder's 1,232 cables to be indexed.
		await openFile(page, `${CITED}.txt`, 'SUBJECT:');
		for (const [index, query] of [CITED.toLowerCase(), 'state85678'].entries()) {
			const byId = await workspaceSymbolRows(page, query, (rows) => rows[0]?.startsWith(CITED) === true);
			await workbench.screenshot(`01-ctrl-t-id-${index + 1}`);
			await closeWidgets(page);
			assert.match(byId[0] ?? '', new RegExp(`^${CITED}`), `Ctrl+T "${query}" lists: ${JSON.stringify(byId)}`);
		}
		const bySubject = await workspaceSymbolRows(page, 'action request strong nac', (rows) => rows[0]?.startsWith(CITED) === true);
		await workbench.screenshot('02-ctrl-t-subject');
		await closeWidgets(page);
		assert.match(bySubject[0] ?? '', new RegExp(`^${CITED}`), `Ctrl+T "action request strong nac" lists: ${JSON.stringify(bySubject)}`);
	});

	it('F12 on a REF item opens the cited cable; Shift+F12 there lists its citers', { skip, timeout: UI_STEP_TIMEOUT_MS }, async () => {
		const page = workbench.page;
		await openFile(page, `${CITING[0]}.txt`, 'SECSTATE 85678');
		const { line, column } = lineAndColumn(readFileSync(join(cables, `${CITING[0]}.txt`), 'utf8'), 'SECSTATE 85678');
		await pressAt(page, line, column, 'F12');
		const title = await readUntil(
			() => activeTabTitle(page),
			(text) => text.includes(CITED),
		);
		await workbench.screenshot('03-definition');
		assert.match(title, new RegExp(CITED), `the editor in front after F12: ${title}`);

		const cited = lineAndColumn(readFileSync(join(cables, `${CITED}.txt`), 'utf8'), 'SUBJECT:');
		await pressAt(page, cited.line, cited.column, 'Shift+F12');
		const listsCiters = (rows: string[]) => CITING.every((id) => rows.some((row) => row.includes(id)));
		const rows = await peekRows(page, listsCiters);
		await workbench.screenshot('04-references');
		await closeWidgets(page);
		assert.ok(listsCiters(rows), `the references peek shows: ${JSON.stringify(rows)}`);
	});
});
