/**
 * Preloaded into the language server by no-network.test.ts (`NODE_OPTIONS=--require ...`):
 * every way Node opens a connection, listens, resolves a name or starts a process is
 * replaced by one that appends what was attempted to $NETWORK_GUARD_LOG and throws. The
 * server talks to its editor over stdio pipes, which none of these touch.
 */
'use strict';
const { appendFileSync } = require('node:fs');

const log = process.env.NETWORK_GUARD_LOG;
// Proof for the test that the guard is in this process.
appendFileSync(`${log}.guarded`, `${process.pid}\n`);

function forbid(moduleName, names) {
	const target = require(moduleName);
	for (const name of names) {
		const path = name.split('.');
		const key = path.pop();
		const object = path.reduce((parent, part) => parent?.[part], target);
		if (!object || typeof object[key] !== 'function') continue;
		object[key] = function forbidden(...args) {
			const detail = args.map((arg) => (typeof arg === 'function' ? 'function' : (JSON.stringify(arg) ?? String(arg)))).join(', ');
			appendFileSync(log, `${moduleName}.${name}(${detail.slice(0, 200)})\n`);
			throw new Error(`network guard: ${moduleName}.${name} is forbidden in the language server`);
		};
	}
}

forbid('node:net', ['Socket.prototype.connect', 'Server.prototype.listen', 'connect', 'createConnection']);
forbid('node:tls', ['connect']);
forbid('node:dgram', ['createSocket']);
forbid('node:http', ['request', 'get']);
forbid('node:https', ['request', 'get']);
forbid('node:http2', ['connect']);
forbid('node:dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
forbid('node:dns', ['promises.lookup', 'promises.resolve', 'promises.resolve4', 'promises.resolve6', 'promises.reverse']);
forbid('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
	if (typeof globalThis[name] !== 'function') continue;
	globalThis[name] = function forbidden(...args) {
		appendFileSync(log, `${name}(${String(args[0]).slice(0, 200)})\n`);
		throw new Error(`network guard: ${name} is forbidden in the language server`);
	};
}
