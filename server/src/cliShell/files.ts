/**
 * The files a command line names: files as they are, folders walked as the workspace index
 * walks them (`.cable` and `.txt` files, not node_modules/ or .git/), and globs (`cables/**\/07*.txt`)
 * matched with the index's glob syntax under the folder before their first wildcard. Each file
 * once, sorted, so that output order never depends on the walk or the number of jobs.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_INDEX_SETTINGS } from '../settings';
import { discoverFiles } from '../lsp/indexing/discovery';

export interface ListedFiles {
	/** Absolute paths, sorted. */
	readonly files: readonly string[];
	/** Paths that are no file or folder, and globs that match nothing. */
	readonly missing: readonly string[];
}

const WILDCARD = /[*?[{]/;

export async function listFiles(paths: readonly string[]): Promise<ListedFiles> {
	const found = new Set<string>();
	const missing: string[] = [];
	for (const path of paths) {
		const absolute = resolve(path);
		const kind = await kindOf(absolute);
		let files: readonly string[] = [];
		if (kind === 'file') files = [absolute];
		else if (kind === 'folder') files = await walk(absolute, DEFAULT_INDEX_SETTINGS.include);
		else if (WILDCARD.test(path)) files = await globbed(path);
		if (files.length === 0 && kind !== 'folder') missing.push(path);
		for (const file of files) found.add(file);
	}
	return { files: [...found].sort(), missing };
}

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
	try {
		const stats = await stat(path);
		return stats.isDirectory() ? 'folder' : 'file';
	} catch {
		return undefined;
	}
}

async function walk(root: string, include: readonly string[]): Promise<string[]> {
	return (
		await discoverFiles(
			[root],
			{ include, exclude: DEFAULT_INDEX_SETTINGS.exclude },
			() => false,
			() => {},
		)
	).files;
}

/** The folder before the first segment with a wildcard is walked; the rest is the glob. */
async function globbed(path: string): Promise<string[]> {
	const segments = path.split(/[\\/]/);
	const firstWild = segments.findIndex((segment) => WILDCARD.test(segment));
	const base = resolve(segments.slice(0, firstWild).join('/') || (isAbsolute(path) ? '/' : '.'));
	return walk(base, [segments.slice(firstWild).join('/')]);
}

/** A path as shown: relative to the current folder when inside it, with `/` on every system. */
export function shownPath(absolute: string): string {
	const inside = relative(process.cwd(), absolute);
	const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
	return sep === '/' ? shown : shown.split(sep).join('/');
}

export function absolutePath(shown: string): string {
	return isAbsolute(shown) ? shown : join(process.cwd(), shown);
}
