/**
 * The "VS Code executable" handed to @vscode/test-electron's runTests on machines that cannot
 * download VS Code desktop. It takes the desktop command line runTests builds
 * (`[folder] --extensionTestsPath=… --extensionDevelopmentPath=… --user-data-dir=…`), runs the
 * same test module in code-server's extension host through headless chromium, and exits with
 * the code the module's run() settled with: 0 passed, 1 failed, 3 timed out, 4 harness error.
 *
 * Built to out/vscode-e2e/code-server-launcher.js; usable by hand:
 *   out/vscode-e2e/code-server-launcher.js samples --extensionDevelopmentPath=$PWD \
 *     --extensionTestsPath=$PWD/out/vscode-e2e/suite
 */
import { resolve } from 'node:path';
import { format } from 'node:util';
import { type Browser, launchChromium, workbenchUrl } from './harness/browser';
import { type CodeServer, startCodeServer } from './harness/codeServer';
import { LOG_PREFIX } from './suite/results';

const TIMEOUT_MS = Number(process.env.CABLE_E2E_TIMEOUT_MS ?? 180_000);
/** Print the whole workbench log, not only the suite's lines. */
const VERBOSE = Boolean(process.env.CABLE_E2E_VERBOSE);
const EXIT = { timeout: 3, harnessError: 4 } as const;

interface LaunchArgs {
	readonly folder: string | undefined;
	readonly extensionDevelopmentPath: string;
	readonly extensionTestsPath: string;
}

function parseArgs(argv: readonly string[]): LaunchArgs {
	const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
	const extensionDevelopmentPath = option('extensionDevelopmentPath');
	const extensionTestsPath = option('extensionTestsPath');
	if (!extensionDevelopmentPath || !extensionTestsPath) {
		throw new Error('usage: code-server-launcher [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=MODULE');
	}
	// Desktop-only options (--user-data-dir, --no-sandbox, ...) do not apply to code-server.
	const folder = argv.find((arg) => !arg.startsWith('-'));
	return {
		folder: folder && resolve(folder),
		extensionDevelopmentPath: resolve(extensionDevelopmentPath),
		extensionTestsPath: resolve(extensionTestsPath),
	};
}

async function runInCodeServer(args: LaunchArgs): Promise<number> {
	let server: CodeServer | undefined;
	let browser: Browser | undefined;
	const workbenchLog: string[] = [];
	let suiteReported = false;
	let exitCode: number = EXIT.harnessError;
	try {
		server = await startCodeServer();
		browser = await launchChromium();
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());

		let settle!: (code: number) => void;
		const testsSettled = new Promise<number>((resolve) => (settle = resolve));
		// The workbench calls these when they exist: the outcome of the test module's run(),
		// and every log line, the extension host's console output among them.
		await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
		await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
			const line = format(...(Array.isArray(args) ? args : [args]));
			if (line.includes(LOG_PREFIX)) suiteReported = true;
			if (VERBOSE || line.includes(LOG_PREFIX)) console.log(line);
			// Kept in case the suite never reports: the rest of the log, without stack frames.
			else workbenchLog.push(`[${type}] ${line.replace(/\n\s+at .*/g, '')}`);
		});
		page.on('pageerror', (error) => workbenchLog.push(`[pageerror] ${error.message}`));

		await page.goto(workbenchUrl(server, args));
		let timer: NodeJS.Timeout | undefined;
		const timedOut = new Promise<number>((resolve) => {
			timer = setTimeout(() => resolve(EXIT.timeout), TIMEOUT_MS);
		});
		exitCode = await Promise.race([testsSettled, timedOut]);
		clearTimeout(timer);
		if (exitCode === EXIT.timeout) console.error(`${LOG_PREFIX} no result from the extension host within ${TIMEOUT_MS / 1000} s`);
	} catch (error) {
		console.error(`${LOG_PREFIX} launcher failed: ${error instanceof Error ? error.stack : String(error)}`);
	} finally {
		if (exitCode !== 0 && !suiteReported && !VERBOSE) {
			console.error(`--- workbench log (last 30 lines) ---\n${workbenchLog.slice(-30).join('\n')}`);
			console.error(`--- code-server log (last 30 lines) ---\n${server?.log().split('\n').slice(-30).join('\n') ?? ''}`);
		}
		await browser?.close();
		await server?.stop();
	}
	return exitCode;
}

/** runTests' process can be killed without telling us; then nobody waits for our result. */
function exitWhenOrphaned(): void {
	const parent = process.ppid;
	setInterval(() => {
		if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM'); // cleaned up by the harness's hooks
	}, 1_000).unref();
}

async function main(): Promise<void> {
	exitWhenOrphaned();
	let code: number;
	try {
		code = await runInCodeServer(parseArgs(process.argv.slice(2)));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		code = EXIT.harnessError;
	}
	process.exit(code);
}

void main();
