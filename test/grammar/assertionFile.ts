/**
 * Grammar assertion files in the vscode-tmgrammar-test format, read by our own runner so that
 * failures show up in the node:test report CI reads.
 *
 *     // SYNTAX TEST "source.cable" "what the file covers"
 *     DE RUEHKO #0374/01 0260754
 *     // <-- keyword.other.de.cable
 *     //  ^^^^^^ entity.name.type.routing-indicator.cable - string
 *
 * An assertion line starts with the comment token of the header line and speaks about the source
 * line above it: `<--` marks columns from 0 (one per dash, `~` shifts right), carets mark the
 * columns under them. Every marked column must carry each listed scope; scopes after ` - ` must
 * be absent. Assertion lines are not tokenized: the rule stack runs on from source line to line.
 */

export interface ScopeAssertion {
	/** 1-based line in the assertion file, for messages. */
	readonly fileLine: number;
	/** 0-based index into `source`. */
	readonly sourceLine: number;
	readonly start: number;
	readonly end: number;
	readonly scopes: readonly string[];
	readonly excluded: readonly string[];
}

export interface AssertionFile {
	readonly scopeName: string;
	readonly source: readonly string[];
	readonly assertions: readonly ScopeAssertion[];
}

const HEADER = /^(\S+)\s+SYNTAX TEST\s+"([^"]+)"/;
const FROM_LINE_START = /^\s*<(~*)(-+)\s+(.*)$/;
const CARETS = /^(\s*)(\^+)\s+(.*)$/;

export function parseAssertionFile(text: string): AssertionFile {
	const lines = text.split(/\r\n|\r|\n/);
	const header = HEADER.exec(lines[0] ?? '');
	if (!header) throw new Error('the first line must be: <comment token> SYNTAX TEST "<scope name>"');
	const [, token, scopeName] = header as unknown as [string, string, string];
	const source: string[] = [];
	const assertions: ScopeAssertion[] = [];
	lines.slice(1).forEach((line, index) => {
		const fileLine = index + 2;
		if (!line.startsWith(token)) {
			source.push(line);
			return;
		}
		if (source.length === 0) throw new Error(`line ${fileLine}: an assertion needs a source line above it`);
		const rest = line.slice(token.length);
		const fromStart = FROM_LINE_START.exec(rest);
		const carets = fromStart ? undefined : CARETS.exec(rest);
		if (!fromStart && !carets) throw new Error(`line ${fileLine}: expected "<--" or "^^^" after ${token}`);
		const start = fromStart ? fromStart[1]!.length : token.length + carets![1]!.length;
		const width = fromStart ? fromStart[2]!.length : carets![2]!.length;
		const [wanted, unwanted = ''] = (fromStart ? fromStart[3]! : carets![3]!).split(/(?:^|\s+)-\s+/);
		const words = (list: string) => list.split(/\s+/).filter(Boolean);
		assertions.push({
			fileLine,
			sourceLine: source.length - 1,
			start,
			end: start + width,
			scopes: words(wanted!),
			excluded: words(unwanted),
		});
	});
	return { scopeName, source, assertions };
}
