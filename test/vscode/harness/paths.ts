/**
 * Where the VS Code end-to-end harness finds things. The harness runs from bundles under
 * out/ at different depths, so the repository is found by walking up to its package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRepoRoot(start: string): string {
	for (let dir = start; ; dir = dirname(dir)) {
		if (existsSync(join(dir, 'package.json'))) return dir;
		if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
	}
}

export const REPO_ROOT = findRepoRoot(__dirname);
/** Installed by scripts/setup-code-server.sh; kept out of the extension's dependencies. */
export const CODE_SERVER_BIN =
	process.env.CODE_SERVER_BIN ?? join(REPO_ROOT, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const SETUP_SCRIPT = join(REPO_ROOT, 'scripts', 'setup-code-server.sh');
/** User settings shared with `npm start`: no telemetry, trust prompt, welcome page or update checks. */
export const CODE_SERVER_SETTINGS = join(REPO_ROOT, 'scripts', 'code-server-settings.json');
export const SAMPLES_DIR = join(REPO_ROOT, 'samples');
/** Screenshots and logs for people to look at; gitignored. */
export const RESULTS_DIR = join(REPO_ROOT, 'test-results', 'vscode');
/** The README's screenshots, taken by the UI check (tracked: rewritten only when asked, see vscode.test.ts). */
export const README_SCREENSHOTS_DIR = join(REPO_ROOT, 'images', 'screenshots');
/** Built by `node esbuild.mjs --tests`. */
export const LAUNCHER = join(REPO_ROOT, 'out', 'vscode-e2e', 'code-server-launcher.js');
export const EXTENSION_HOST_SUITE = join(REPO_ROOT, 'out', 'vscode-e2e', 'suite');
