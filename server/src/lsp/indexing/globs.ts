/**
 * The `cable.index.include` / `cable.index.exclude` globs, as VS Code writes them (`**` for any
 * folders, `*` and `?` within a name, `{a,b}` alternatives, `[abc]` / `[!abc]` classes), matched
 * against paths relative to the workspace folder with `/` separators.
 */

/** A path matcher for a list of globs: true when any matches. Malformed globs match nothing. */
export function globMatcher(globs: readonly string[]): (relativePath: string) => boolean {
	const patterns = globs.flatMap((glob) => {
		try {
			return [new RegExp(`^${globSource(glob)}$`)];
		} catch {
			return [];
		}
	});
	return (relativePath) => patterns.some((pattern) => pattern.test(relativePath));
}

function globSource(glob: string): string {
	let source = '';
	let braces = 0;
	for (let i = 0; i < glob.length; i++) {
		const char = glob[i]!;
		if (char === '*' && glob[i + 1] === '*') {
			const slashAfter = glob[i + 2] === '/';
			const atStart = i === 0 || glob[i - 1] === '/';
			if (atStart && slashAfter) {
				// `**/`: any number of folders, none included.
				source += '(?:[^/]*/)*';
				i += 2;
			} else if (atStart && i + 2 === glob.length && source.endsWith('/')) {
				// A trailing `/**`: the folder itself or anything under it.
				source = `${source.slice(0, -1)}(?:/.*)?`;
				i += 1;
			} else {
				source += '.*';
				i += 1;
			}
		} else if (char === '*') source += '[^/]*';
		else if (char === '?') source += '[^/]';
		else if (char === '{') {
			braces++;
			source += '(?:';
		} else if (char === '}' && braces > 0) {
			braces--;
			source += ')';
		} else if (char === ',' && braces > 0) source += '|';
		else if (char === '[') {
			const close = glob.indexOf(']', i + 2);
			if (close < 0) source += '\\[';
			else {
				const inside = glob.slice(i + 1, close);
				source += `[${inside.startsWith('!') ? `^${escapeClass(inside.slice(1))}` : escapeClass(inside)}]`;
				i = close;
			}
		} else source += char.replace(/[.+^$()|\\\]]/g, '\\$&');
	}
	return source;
}

function escapeClass(inside: string): string {
	return inside.replace(/[\\\]^]/g, '\\$&');
}
