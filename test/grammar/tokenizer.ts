/**
 * The cable grammar loaded the way VS Code loads it (vscode-textmate on the oniguruma WASM build),
 * and the small queries the grammar suites make of its tokens.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { REPO_ROOT } from '../helpers/corpus';

export const GRAMMAR_PATH = join(REPO_ROOT, 'syntaxes', 'cable.tmLanguage.json');
export const SCOPE_NAME = 'source.cable';

export interface Token {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly scopes: readonly string[];
}

export interface TokenizedLine {
	readonly text: string;
	readonly tokens: readonly Token[];
	/** True when vscode-textmate gave up on the line within the time limit. */
	readonly stoppedEarly: boolean;
}

let loaded: Promise<textmate.IGrammar> | undefined;

export function cableGrammar(): Promise<textmate.IGrammar> {
	loaded ??= loadGrammar(SCOPE_NAME, (scopeName) => (scopeName === SCOPE_NAME ? GRAMMAR_PATH : undefined));
	return loaded;
}

/**
 * Loads `scopeName` and the grammars it includes; `grammarPath` says where each scope's file
 * is (undefined: not available, as in an editor without that language). The benchmark loads
 * VS Code's Markdown grammar through here too.
 */
export async function loadGrammar(scopeName: string, grammarPath: (scopeName: string) => string | undefined): Promise<textmate.IGrammar> {
	const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
			createOnigString: (text: string) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async (scope: string) => {
			const path = grammarPath(scope);
			return path ? textmate.parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
		},
	});
	const grammar = await registry.loadGrammar(scopeName);
	if (!grammar) throw new Error(`no grammar defines ${scopeName}`);
	return grammar;
}

/** Splits like the parser does, so that model ranges and token columns line up. */
export function splitLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/**
 * Tokenizes lines in order, carrying the rule stack across them as the editor does.
 * `timeLimitMs` is a guard against runaway backtracking, not a speed target.
 */
export function tokenizeLines(grammar: textmate.IGrammar, lines: readonly string[], timeLimitMs = 0): TokenizedLine[] {
	let stack = textmate.INITIAL;
	return lines.map((text) => {
		const result = grammar.tokenizeLine(text, stack, timeLimitMs);
		stack = result.ruleStack;
		const tokens = result.tokens.map((t) => ({
			start: t.startIndex,
			end: Math.min(t.endIndex, text.length),
			text: text.slice(t.startIndex, t.endIndex),
			scopes: t.scopes,
		}));
		return { text, tokens, stoppedEarly: result.stoppedEarly };
	});
}

export function tokenizeText(grammar: textmate.IGrammar, text: string, timeLimitMs = 0): TokenizedLine[] {
	return tokenizeLines(grammar, splitLines(text), timeLimitMs);
}

/** The tokens that share at least one character with [start, end). */
export function tokensIn(line: TokenizedLine, start: number, end: number): Token[] {
	return line.tokens.filter((t) => t.start < end && t.end > start);
}

/** TextMate selector semantics: `a.b` matches the scope `a.b` and `a.b.c`, not `a.bc`. */
export function scopeMatches(scope: string, prefix: string): boolean {
	return scope === prefix || scope.startsWith(`${prefix}.`);
}

export function hasScope(token: Token, prefix: string): boolean {
	return token.scopes.some((scope) => scopeMatches(scope, prefix));
}
