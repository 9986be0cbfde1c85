/**
 * Debian's chromium, driven by playwright-core, opening code-server's workbench. The payload
 * query parameter is how VS Code's own browser integration tests hand the workbench an
 * extension under development and a test module (see ../shared/docs/offline-vscode-testing.md §4).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { cleanupOnExit } from './exitCleanup';
import { CHROMIUM_BIN } from './paths';

export interface Browser {
	readonly context: BrowserContext;
	close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
	const profileDir = mkdtempSync(join(tmpdir(), 'cable-chromium-'));
	const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
	let context: BrowserContext | undefined;
	// On a signal chromium is closed first, so that it removes its temporary files and no
	// longer writes into the profile being removed.
	const forget = cleanupOnExit(removeProfile, async () => {
		await context?.close();
		removeProfile();
	});
	try {
		context = await chromium.launchPersistentContext(profileDir, {
			executablePath: CHROMIUM_BIN,
			headless: true,
			// Signals are handled by exitCleanup, which closes chromium before exiting.
			handleSIGINT: false,
			handleSIGTERM: false,
			handleSIGHUP: false,
			viewport: { width: 1400, height: 900 },
			// No sandbox as root; no network chatter, first-run UI or GPU on a headless machine.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		const opened = context;
		return {
			context: opened,
			async close() {
				await opened.close().catch(() => undefined);
				removeProfile();
				forget();
			},
		};
	} catch (error) {
		removeProfile();
		forget();
		throw new Error(`cannot start ${CHROMIUM_BIN} (run scripts/setup-code-server.sh): ${String(error)}`);
	}
}

export interface WorkbenchOptions {
	/** The folder to open, on the machine code-server runs on; none opens an empty window. */
	readonly folder?: string | undefined;
	readonly extensionDevelopmentPath?: string;
	/** A module whose `run()` the extension host awaits; the workbench reports its outcome. */
	readonly extensionTestsPath?: string;
}

export function workbenchUrl(server: CodeServer, options: WorkbenchOptions): string {
	// The remote authority must be the host:port the browser talks to.
	const remote = (path: string) => `vscode-remote://${server.authority}${path}`;
	const payload: [string, string][] = [['skipWelcome', 'true']];
	if (options.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]);
	if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
	const query = new URLSearchParams({ payload: JSON.stringify(payload) });
	if (options.folder) query.set('folder', options.folder);
	return `${server.url}/?${query}`;
}
