/**
 * Finds the files of the workspace folders the index looks at: those the include globs match and
 * the exclude globs do not, walked asynchronously a folder at a time. Symbolic links to files
 * count as the files; symbolic links to folders are not followed (inside a workspace folder its
 * files are found at their own path; outside, they are not the workspace's), so no link can loop.
 */
import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { globMatcher } from './globs';

export interface DiscoverySettings {
	readonly include: readonly string[];
	readonly exclude: readonly string[];
}

export interface Discovery {
	/** Absolute paths, in walk order. */
	readonly files: string[];
	/** Folders that could not be listed. */
	readonly unreadableFolders: number;
}

/** `stopped` is asked between folders: a cancelled run stops walking. `found` hears the running count. */
export async function discoverFiles(
	roots: readonly string[],
	settings: DiscoverySettings,
	stopped: () => boolean,
	found: (count: number) => void,
): Promise<Discovery> {
	const included = globMatcher(settings.include);
	const excluded = globMatcher(settings.exclude);
	const files: string[] = [];
	let unreadableFolders = 0;
	for (const root of roots) {
		const pending = [root];
		while (pending.length && !stopped()) {
			const folder = pending.pop()!;
			let entries: AsyncIterable<Dirent>;
			try {
				entries = await opendir(folder, { bufferSize: 256 });
			} catch {
				unreadableFolders++;
				continue;
			}
			try {
				for await (const entry of entries) {
					const path = join(folder, entry.name);
					const relativePath = toGlobPath(relative(root, path));
					if (excluded(relativePath)) continue;
					if (entry.isDirectory()) pending.push(path);
					else if ((entry.isFile() || (entry.isSymbolicLink() && (await isLinkToFile(path)))) && included(relativePath)) files.push(path);
				}
			} catch {
				unreadableFolders++;
			}
			found(files.length);
		}
	}
	return { files, unreadableFolders };
}

function toGlobPath(path: string): string {
	return sep === '/' ? path : path.split(sep).join('/');
}

async function isLinkToFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}
