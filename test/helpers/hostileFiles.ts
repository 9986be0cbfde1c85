/**
 * Paths a hostile workspace could name as dictionaries (`cable.dictionaries`), made in a
 * temporary folder: a FIFO no one writes to, a symbolic link to /dev/zero, a 100 MB sparse
 * file, a directory, a file holding a token, and a good dictionary to show the rest still
 * works. Plus what the kernel counts of a process's reading and memory, to prove none of
 * them was read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TOKEN = 'SECRET_TOKEN_9f8e7d6c5b4a';

export interface HostileFiles {
	readonly folder: string;
	/** Undefined where mkfifo is not available. */
	readonly fifo: string | undefined;
	readonly zero: string;
	readonly sparse: string;
	readonly directory: string;
	/** A file holding only TOKEN, as a credentials file does. */
	readonly token: string;
	/** JSON-looking, with the token as a bare word after a valid start. */
	readonly tokenInJson: string;
	/** A valid dictionary defining the tag XQZQ. */
	readonly good: string;
	/** `count` paths in the folder that do not exist. */
	missing(count: number): string[];
	remove(): void;
}

export function makeHostileFiles(prefix: string): HostileFiles {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	const path = (name: string) => join(folder, name);
	let fifo: string | undefined = path('fifo.json');
	try {
		execFileSync('mkfifo', [fifo]);
	} catch {
		fifo = undefined;
	}
	symlinkSync('/dev/zero', path('zero.json'));
	writeFileSync(path('sparse.json'), '');
	truncateSync(path('sparse.json'), 100 * 1024 * 1024);
	mkdirSync(path('directory.json'));
	writeFileSync(path('token.json'), `${TOKEN}\n`);
	writeFileSync(path('token-in-json.json'), `{"tags": ${TOKEN}}`);
	writeFileSync(path('good.json'), JSON.stringify({ tags: { XQZQ: { meaning: 'Our own tag', kind: 'program' } } }));
	return {
		folder,
		fifo,
		zero: path('zero.json'),
		sparse: path('sparse.json'),
		directory: path('directory.json'),
		token: path('token.json'),
		tokenInJson: path('token-in-json.json'),
		good: path('good.json'),
		missing: (count) => Array.from({ length: count }, (_, index) => path(`missing-${index}.json`)),
		remove: () => rmSync(folder, { recursive: true, force: true }),
	};
}

/** Bytes the process has read through read(2) and the like so far (Linux); undefined where the kernel does not say. */
export function bytesRead(pid: number | 'self'): number | undefined {
	try {
		const match = /^rchar:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
		return match ? Number(match[1]) : undefined;
	} catch {
		return undefined;
	}
}

/** The process's peak resident memory so far, in bytes (Linux); undefined where the kernel does not say. */
export function peakMemory(pid: number): number | undefined {
	try {
		const match = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : undefined;
	} catch {
		return undefined;
	}
}
