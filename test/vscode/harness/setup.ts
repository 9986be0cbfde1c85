/**
 * Installs code-server and chromium on first use, so that `npm test` on a fresh machine
 * runs the VS Code suites without a separate step (`.ci/run` calls the script too).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_BIN, CODE_SERVER_BIN, SETUP_SCRIPT } from './paths';

export function ensureCodeServer(): void {
	if (existsSync(CODE_SERVER_BIN) && existsSync(CHROMIUM_BIN)) return;
	console.log(`code-server or chromium is missing: running ${SETUP_SCRIPT} (1-3 minutes the first time)`);
	const result = spawnSync('bash', [SETUP_SCRIPT], { stdio: 'inherit' });
	if (result.status !== 0) {
		throw new Error(`${SETUP_SCRIPT} failed (exit ${result.status ?? result.signal}); its output above says why`);
	}
}
