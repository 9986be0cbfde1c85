// `npm start`: VS Code (code-server 4.100.3) in your browser, with this extension installed
// from a freshly built .vsix and samples/ open (`npm start -- FOLDER` opens FOLDER instead).
// Everything it keeps lives in .vscode-test/start/ (delete that folder to start from a clean
// profile). It listens on 127.0.0.1 only, on $PORT, else 8080, else any free port, and stops
// with Ctrl+C, taking every process it started along.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const STATE = join(ROOT, '.vscode-test', 'start');
const CODE_SERVER = join(ROOT, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
const VSIX = join(STATE, 'cable-language.vsix');
// Resolved from where npm was run (npm runs scripts in the package folder and says where in INIT_CWD).
const FOLDER = process.argv[2] ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : join(ROOT, 'samples');
const LOG = join(STATE, 'code-server.log');
const DEFAULT_PORT = 8080;
// code-server writes a config with a password into XDG_CONFIG_HOME: keep it in the private state.
const env = { ...process.env, XDG_CONFIG_HOME: join(STATE, 'config'), XDG_DATA_HOME: join(STATE, 'data') };
const profile = ['--user-data-dir', join(STATE, 'user-data'), '--extensions-dir', join(STATE, 'extensions')];

const say = (message) => console.log(`[start] ${message}`);

function run(what, command, args, options = {}) {
	say(what);
	const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
	if (result.status !== 0) {
		console.error(`[start] failed (exit ${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
		process.exit(result.status || 1);
	}
}

/** No trust prompt, welcome page, telemetry or update checks; the user's later changes are kept. */
function writeSettingsOnce() {
	const settings = join(STATE, 'user-data', 'User', 'settings.json');
	if (existsSync(settings)) return;
	mkdirSync(dirname(settings), { recursive: true });
	copyFileSync(join(ROOT, 'scripts', 'code-server-settings.json'), settings);
}

function isFree(port) {
	return new Promise((resolve) => {
		const probe = createServer()
			.once('error', () => resolve(false))
			.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

/** $PORT when set (code-server reports it if taken); else 8080 if free; else 0, any free port. */
async function choosePort() {
	if (process.env.PORT) return Number(process.env.PORT);
	return (await isFree(DEFAULT_PORT)) ? DEFAULT_PORT : 0;
}

function serve(port) {
	const log = createWriteStream(LOG);
	const server = spawn(
		CODE_SERVER,
		[
			'--bind-addr',
			`127.0.0.1:${port}`,
			'--auth',
			'none',
			...profile,
			'--disable-telemetry',
			'--disable-update-check',
			'--disable-workspace-trust',
			'--disable-getting-started-override',
			'--ignore-last-opened',
			FOLDER,
		],
		// Its own process group: the extension host and language server are its children.
		{ cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = ''; // the latest lines, for the listening address and for an early exit
	let announced = false;
	const watch = (chunk) => {
		log.write(chunk);
		output = (output + chunk).slice(-20_000);
		const listening = !announced && /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
		if (listening) {
			announced = true;
			say(`VS Code with the cable extension and ${FOLDER}: ${listening[1]}/?folder=${encodeURIComponent(FOLDER).replaceAll('%2F', '/')}`);
			say(`code-server log: ${LOG}; stop with Ctrl+C`);
		}
	};
	server.stdout.on('data', watch);
	server.stderr.on('data', watch);

	const killGroup = (signal) => {
		try {
			process.kill(-server.pid, signal);
		} catch {
			// already gone
		}
	};
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		say('stopping code-server');
		killGroup('SIGTERM');
		// The file watcher and extension host can outlive the server by a moment.
		setTimeout(() => killGroup('SIGKILL'), 5_000).unref();
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
	server.once('exit', (code, signal) => {
		killGroup('SIGKILL');
		log.end();
		if (!stopping)
			console.error(`[start] code-server exited (${code ?? signal}); last lines of ${LOG}:\n${output.split('\n').slice(-15).join('\n')}`);
		process.exit(stopping ? 0 : code || 1);
	});
}

if (!existsSync(FOLDER) || !statSync(FOLDER).isDirectory()) {
	console.error(`[start] not a folder: ${FOLDER}`);
	process.exit(2);
}
mkdirSync(STATE, { recursive: true });
run('checking code-server (installed on first use, 1-3 minutes)', 'bash', [join(ROOT, 'scripts', 'setup-code-server.sh')]);
run('building and packaging the extension', 'npm', ['run', '--silent', 'package', '--', '--out', VSIX]);
run('installing the .vsix into the private profile', CODE_SERVER, [...profile, '--install-extension', VSIX, '--force'], { env });
writeSettingsOnce();
serve(await choosePort());
