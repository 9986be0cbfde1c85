/**
 * Starts code-server (VS Code 1.100.3 as a web server) on a free port of 127.0.0.1 with
 * throw-away state, and stops it with every process it started. Its extension host, file
 * watcher and our language server are children in its process group, so the group is what
 * gets killed, also when the test process exits early or is interrupted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupOnExit } from './exitCleanup';
import { CODE_SERVER_BIN, CODE_SERVER_SETTINGS } from './paths';

export interface CodeServer {
	/** `http://127.0.0.1:PORT` */
	readonly url: string;
	/** `127.0.0.1:PORT`, the authority of `vscode-remote://` URIs the browser resolves. */
	readonly authority: string;
	/** Everything code-server printed so far, for failure messages. */
	log(): string;
	stop(): Promise<void>;
}

const LISTENING = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/;
const STARTUP_TIMEOUT_MS = 30_000;

/** Settings a user put in their settings.json, on top of the harness's own (CODE_SERVER_SETTINGS). */
export type UserSettings = Readonly<Record<string, unknown>>;

export async function startCodeServer(userSettings: UserSettings = {}): Promise<CodeServer> {
	const stateDir = mkdtempSync(join(tmpdir(), 'cable-code-server-'));
	const userDataDir = join(stateDir, 'user-data');
	mkdirSync(join(userDataDir, 'User'), { recursive: true });
	const settings = { ...(JSON.parse(readFileSync(CODE_SERVER_SETTINGS, 'utf8')) as UserSettings), ...userSettings };
	writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

	const child = spawn(
		CODE_SERVER_BIN,
		[
			'--bind-addr',
			'127.0.0.1:0', // the kernel picks a free port; the log says which
			'--auth',
			'none',
			'--user-data-dir',
			userDataDir,
			'--extensions-dir',
			join(stateDir, 'extensions'),
			'--disable-telemetry',
			'--disable-update-check',
			'--disable-workspace-trust',
			'--disable-getting-started-override',
			'--ignore-last-opened',
		],
		{
			// code-server writes ~/.config/code-server/config.yaml (with a password) on first run.
			env: { ...process.env, XDG_CONFIG_HOME: join(stateDir, 'config'), XDG_DATA_HOME: join(stateDir, 'data') },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		},
	);
	const removeState = () => rmSync(stateDir, { recursive: true, force: true });
	// A test process that dies early must not leave a detached code-server behind.
	const forget = cleanupOnExit(
		() => {
			signalGroup(child, 'SIGKILL');
			removeState();
		},
		() => killGroup(child),
	);

	let output = '';
	const log = () => output;
	const listening = new Promise<string>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`code-server did not listen within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)),
			STARTUP_TIMEOUT_MS,
		);
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			const match = LISTENING.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]!);
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', onData);
		child.once('error', (error) => {
			clearTimeout(timer);
			reject(new Error(`cannot start ${CODE_SERVER_BIN}: ${error.message} (run scripts/setup-code-server.sh)`));
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`code-server exited with ${code} before listening:\n${output}`));
		});
	});

	let stopped = false;
	const stop = async () => {
		if (stopped) return;
		stopped = true;
		await killGroup(child);
		removeState();
		forget();
	};
	try {
		const url = await listening;
		return { url, authority: new URL(url).host, log, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/** SIGTERM to the whole group, SIGKILL for whatever is still there after a few seconds. */
async function killGroup(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) {
		signalGroup(child, 'SIGKILL'); // the wrapper is gone; its children may not be
		return;
	}
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	signalGroup(child, 'SIGTERM');
	const gone = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
	// Children (file watcher, extension host) can outlive the wrapper by a moment.
	signalGroup(child, 'SIGKILL');
	if (!gone) await exited;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	try {
		process.kill(-child.pid!, signal);
	} catch {
		// the group is already empty
	}
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
