/**
 * Playwright steps on code-server's workbench, as a user would take them: Quick Open, Go to
 * Line, the command palette, the mouse. Selectors are VS Code 1.100's. Every wait is bounded;
 * the page is what users see, so the assertions read its text.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type Browser, launchChromium, workbenchUrl } from '../harness/browser';
import { type CodeServer, startCodeServer, type UserSettings } from '../harness/codeServer';

const STEP_MS = 15_000;
const WORKBENCH_LOAD_MS = 60_000;

export interface Workbench {
	readonly page: Page;
	/** Saves a screenshot for people to look at and returns its path. */
	screenshot(name: string): Promise<string>;
	/**
	 * Saves a screenshot of `area` only, cut to `crop` (the README's pictures stay small), under
	 * `readme/` beside the others, and copies it to `readmeDir` when one was given.
	 */
	readmeScreenshot(name: string, area: Locator, crop?: Crop): Promise<string>;
	close(): Promise<void>;
}

/** The part of an area a screenshot keeps: from its left edge, from its top or the top of `from`, at most this big. */
export interface Crop {
	readonly width?: number;
	readonly height?: number;
	readonly from?: Locator;
}

async function cropOf(area: Locator, crop: Crop): Promise<{ x: number; y: number; width: number; height: number }> {
	const box = await area.boundingBox({ timeout: STEP_MS });
	if (!box) throw new Error('the area to photograph is not on screen');
	const top = crop.from ? ((await crop.from.boundingBox({ timeout: STEP_MS }))?.y ?? box.y) : box.y;
	const bottom = box.y + box.height;
	return {
		x: box.x,
		y: top,
		width: Math.min(box.width, crop.width ?? box.width),
		height: Math.min(bottom - top, crop.height ?? bottom - top),
	};
}

/** code-server with the extension under development, a folder open, in headless chromium. */
export async function openWorkbench(options: {
	folder: string;
	extensionDevelopmentPath: string;
	screenshotsDir: string;
	/** What the user has in settings.json. */
	userSettings?: UserSettings;
	/** Where the README's screenshots are kept; none leaves the tracked pictures alone. */
	readmeDir?: string | undefined;
}): Promise<Workbench> {
	mkdirSync(options.screenshotsDir, { recursive: true });
	let server: CodeServer | undefined;
	let browser: Browser | undefined;
	const close = async () => {
		await browser?.close();
		await server?.stop();
	};
	try {
		server = await startCodeServer(options.userSettings);
		browser = await launchChromium();
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		await page.goto(workbenchUrl(server, options));
		await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_LOAD_MS });
		await page.locator('.explorer-folders-view').waitFor({ timeout: WORKBENCH_LOAD_MS });
		return {
			page,
			async screenshot(name) {
				const path = join(options.screenshotsDir, `${name}.png`);
				await page.screenshot({ path });
				return path;
			},
			async readmeScreenshot(name, area, crop = {}) {
				const dir = join(options.screenshotsDir, 'readme');
				mkdirSync(dir, { recursive: true });
				const path = join(dir, `${name}.png`);
				await page.screenshot({ path, clip: await cropOf(area, crop) });
				if (options.readmeDir) {
					mkdirSync(options.readmeDir, { recursive: true });
					copyFileSync(path, join(options.readmeDir, `${name}.png`));
				}
				return path;
			},
			close,
		};
	} catch (error) {
		await close();
		throw error;
	}
}

const quickInput = (page: Page) => page.locator('.quick-input-widget input');

export async function runCommand(page: Page, label: string): Promise<void> {
	await page.keyboard.press('F1');
	await quickInput(page).waitFor({ state: 'visible', timeout: STEP_MS });
	await quickInput(page).fill(`>${label}`);
	await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor({ timeout: STEP_MS });
	await page.keyboard.press('Enter');
}

/**
 * Opens a workspace file with Quick Open and waits for a line of its text. With `atLine`, at that
 * line (`name:line`), for a file already open and scrolled away from `someLine`.
 */
export async function openFile(page: Page, fileName: string, someLine: string, atLine?: number): Promise<void> {
	await page.keyboard.press('Control+P');
	await quickInput(page).waitFor({ state: 'visible', timeout: STEP_MS });
	await quickInput(page).fill(atLine === undefined ? fileName : `${fileName}:${atLine}`);
	await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: STEP_MS });
	await page.keyboard.press('Enter');
	await page.locator('.monaco-editor .view-line', { hasText: someLine }).first().waitFor({ timeout: STEP_MS });
}

/**
 * Picks a colour theme by its label in the picker (Ctrl+K Ctrl+T), as a user does; it applies at
 * once. Not through the palette: "Preferences: Color Theme" can come after the marketplace's command there.
 */
export async function selectColorTheme(page: Page, label: string): Promise<void> {
	await page.keyboard.press('Control+K');
	await page.keyboard.press('Control+T');
	await quickInput(page).waitFor({ state: 'visible', timeout: STEP_MS });
	await quickInput(page).fill(label);
	await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().click({ timeout: STEP_MS });
	await quickInput(page).waitFor({ state: 'hidden', timeout: STEP_MS });
}

/** Moves the editor's cursor with Go to Line; line and column are 1-based. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
	await page.keyboard.press('Control+G');
	await quickInput(page).waitFor({ state: 'visible', timeout: STEP_MS });
	await quickInput(page).fill(`:${line}:${column}`);
	await page.keyboard.press('Enter');
	await quickInput(page).waitFor({ state: 'hidden', timeout: STEP_MS });
}

/** The number of the editor's first line on screen (line numbers on), sticky lines aside. */
async function topLine(page: Page): Promise<number> {
	const numbers = (await page.locator('.monaco-editor .margin-view-overlays .line-numbers').allInnerTexts()).map(Number);
	return Math.min(...numbers.filter((number) => number > 0));
}

/**
 * Scrolls the editor (Ctrl+Up/Down, the cursor stays) until `line` (1-based) is its first on screen.
 * Keys pressed while the editor renders can be lost, so it looks after each round.
 */
export async function scrollLineToTop(page: Page, line: number): Promise<void> {
	const scroll = async () => {
		const top = await topLine(page);
		for (let step = top; step < line; step++) await page.keyboard.press('Control+ArrowDown');
		for (let step = top; step > line; step--) await page.keyboard.press('Control+ArrowUp');
		return topLine(page);
	};
	const top = await readUntil(scroll, (first) => first === line);
	if (top !== line) throw new Error(`line ${line} should be the editor's first on screen; line ${top} is`);
}

/** Polls `read` until `accept` holds, returning the last value read either way. */
export async function readUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = STEP_MS): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!accept(value) && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 250));
		value = await read();
	}
	return value;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function statusBarLanguage(page: Page): Promise<string> {
	const mode = page.locator('#status\\.editor\\.mode');
	await mode.waitFor({ timeout: STEP_MS });
	return oneLine(await mode.innerText());
}

/**
 * Runs "Developer: Inspect Editor Tokens and Scopes" at a position and returns the widget's
 * text (`language cable … textmate scopes keyword… source.cable`). The rendered spans only
 * carry colour classes, so the inspector is where scope names show.
 */
export async function inspectTokens(page: Page, line: number, column: number): Promise<string> {
	await goTo(page, line, column);
	await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
	const widget = page.locator('.token-inspect-widget');
	await widget.waitFor({ timeout: STEP_MS });
	return readUntil(
		async () => oneLine(await widget.innerText()),
		(text) => /textmate scopes/i.test(text),
	);
}

export async function closeWidgets(page: Page): Promise<void> {
	await page.keyboard.press('Escape');
}

/**
 * The Outline view's rows, top-level symbols only: the folder view is collapsed to give the
 * Outline the side bar's height, and the tree is collapsed (list.collapseAll, Ctrl+Left),
 * because the list only renders the rows that fit on screen.
 */
export async function outlineRows(page: Page, accept: (rows: string[]) => boolean): Promise<string[]> {
	const foldersHeader = page.locator('.split-view-view:has(.explorer-folders-view) .pane-header[aria-expanded="true"]');
	if (await foldersHeader.count()) await foldersHeader.click();
	await runCommand(page, 'Explorer: Focus on Outline View');
	const rows = page.locator('.outline-tree .monaco-list-row');
	return readUntil(async () => {
		// Again on every read: symbols that arrive later come expanded.
		await page.keyboard.press('Control+ArrowLeft');
		return (await rows.allInnerTexts()).map(oneLine);
	}, accept);
}

/**
 * Hovers the mouse over the text at a position and returns what the hover shows. The cursor,
 * placed there with Go to Line, tells where the text is on screen whatever the tokenisation.
 */
export async function hoverAt(page: Page, line: number, column: number, accept: (text: string) => boolean): Promise<string> {
	await goTo(page, line, column);
	const cursor = await page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
	if (!cursor) throw new Error('no editor cursor on screen');
	const target = { x: cursor.x + 2, y: cursor.y + cursor.height / 2 };
	const hover = page.locator('.monaco-hover:not(.hidden)').first();
	return readUntil(async () => {
		// Leave and come back: the hover (re)appears after the mouse rests on the word.
		await page.mouse.move(5, 5);
		await page.mouse.move(target.x, target.y, { steps: 5 });
		const shown = await hover.waitFor({ timeout: 2_000 }).then(
			() => true,
			() => false,
		);
		return shown ? oneLine(await hover.innerText()) : '';
	}, accept);
}

export async function problemRows(page: Page, accept: (rows: string[]) => boolean): Promise<string[]> {
	await runCommand(page, 'View: Focus Problems');
	const rows = page.locator('.markers-panel .monaco-list-row');
	return readUntil(async () => (await rows.allInnerTexts()).map(oneLine), accept);
}

/** "Go to Symbol in Workspace" (Ctrl+T): the rows it lists for `query`, read until `accept` holds. */
export async function workspaceSymbolRows(page: Page, query: string, accept: (rows: string[]) => boolean): Promise<string[]> {
	await page.keyboard.press('Control+T');
	await quickInput(page).waitFor({ state: 'visible', timeout: STEP_MS });
	const rows = page.locator('.quick-input-widget .monaco-list-row');
	const read = async () => (await rows.allInnerTexts()).map(oneLine);
	return readUntil(async () => {
		// Typed again on every try: VS Code asks the server once per text, and the first answers may
		// come while the workspace is still being indexed.
		await quickInput(page).fill('#');
		await quickInput(page).fill(`#${query}`);
		return readUntil(read, accept, 2_000);
	}, accept);
}

/** The title of the editor tab in front. */
export async function activeTabTitle(page: Page): Promise<string> {
	const tab = page.locator('.tabs-container .tab.active').first();
	await tab.waitFor({ timeout: STEP_MS });
	return oneLine(await tab.innerText());
}

/** Moves the cursor with Go to Line and presses `key` there (F12, Shift+F12); line and column are 1-based. */
export async function pressAt(page: Page, line: number, column: number, key: string): Promise<void> {
	await goTo(page, line, column);
	await page.keyboard.press(key);
}

/** The rows of the peek view (references, call hierarchy) in the editor, read until `accept` holds. */
export async function peekRows(page: Page, accept: (rows: string[]) => boolean): Promise<string[]> {
	const rows = page.locator('.peekview-widget .monaco-list-row');
	return readUntil(async () => (await rows.allInnerTexts()).map(oneLine), accept);
}

/** Moves the cursor with Go to Line and types `text` there as keystrokes; line and column are 1-based. */
export async function typeAt(page: Page, line: number, column: number, text: string): Promise<void> {
	await goTo(page, line, column);
	await page.keyboard.type(text);
}

/** The rows of the suggest (completion) widget, read until `accept` holds. */
export async function suggestRows(page: Page, accept: (rows: string[]) => boolean): Promise<string[]> {
	const rows = page.locator('.suggest-widget.visible .monaco-list-row');
	return readUntil(async () => (await rows.allInnerTexts()).map(oneLine), accept);
}

/**
 * Matches a rendered line starting with `start`. A string would match in any case, anywhere: the
 * seed's metadata `Tags:` line before its TAGS line. Spaces as \s: the editor may render them as no-break spaces.
 */
const startPattern = (start: string) => new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}`);

/** The rendered text of the first editor line starting with `start` (case matters), inlay hints included. */
export async function viewLineText(page: Page, start: string): Promise<string> {
	const line = page.locator('.monaco-editor .view-line', { hasText: startPattern(start) }).first();
	await line.waitFor({ timeout: STEP_MS });
	return oneLine(await line.innerText());
}

/** The part of the workbench holding the editors, for screenshots cropped to it. */
export const editorArea = (page: Page): Locator => page.locator('.part.editor');

/** The little of the DOM read in the page: the project builds without the DOM's types. */
interface PageElement {
	readonly textContent: string | null;
	readonly style: { readonly top: string };
	readonly children: ArrayLike<PageElement>;
	closest(selector: string): PageElement | null;
	querySelectorAll(selector: string): ArrayLike<PageElement>;
}
declare function getComputedStyle(element: PageElement): {
	readonly color: string;
	readonly backgroundColor: string;
	readonly fontWeight: string;
};

/** An editor line as painted: what CSS gives it after themes, token colours and decorations. */
export interface PaintedLine {
	/** The backgrounds drawn across the line (whole-line decorations, the current line), none transparent. */
	readonly bands: string[];
	/** Each run of text with its computed colour and weight. */
	readonly runs: { readonly text: string; readonly color: string; readonly fontWeight: string }[];
}

/** The computed colours of the first editor line starting with `start` (case matters), which must be on screen. */
export async function paintedLine(page: Page, start: string): Promise<PaintedLine> {
	const line = page.locator('.monaco-editor .view-line', { hasText: startPattern(start) }).first();
	await line.waitFor({ timeout: STEP_MS });
	return line.evaluate((element: PageElement) => {
		// Whole-line backgrounds are drawn in a layer under the text, one row per line at the line's offset.
		const rows = Array.from(element.closest('.monaco-editor')?.querySelectorAll('.view-overlays > div') ?? []);
		const row = rows.find((candidate) => candidate.style.top === element.style.top);
		const bands = Array.from(row?.children ?? [])
			.map((layer) => getComputedStyle(layer).backgroundColor)
			.filter((color) => color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent');
		const runs = Array.from(element.querySelectorAll('span > span')).map((span) => {
			const style = getComputedStyle(span);
			return { text: span.textContent ?? '', color: style.color, fontWeight: style.fontWeight };
		});
		return { bands, runs };
	});
}
