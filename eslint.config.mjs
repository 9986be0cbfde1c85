// The linter run by `npm test` (npm run lint). Regular expressions that run on cable text must be
// linear in their input (issue: a crafted line stalled the server for a minute), so the two
// super-linear checks of eslint-plugin-regexp are errors everywhere cable text is matched.
// The layering of README's architecture map is enforced here too (and in
// test/unit/architecture.test.ts): the core under server/src knows neither the LSP connection
// nor the file system, and a feature does not reach into another feature.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** What the core (everything under server/src but the shell: lsp/, cliShell/ and the CLI's entry) may not import. */
const SHELL_ONLY = [
	{
		name: 'vscode-languageserver',
		message: 'The core speaks LSP types only (vscode-languageserver-types); connections live in server/src/lsp.',
	},
	{ name: 'vscode-languageserver/node', message: 'Connections live in server/src/lsp.' },
	{ name: 'node:fs', message: 'The core reads files through a CableWorkspace (server/src/workspace.ts).' },
	{ name: 'fs', message: 'The core reads files through a CableWorkspace (server/src/workspace.ts).' },
];
const SHELL_PATTERNS = [
	{
		group: ['**/lsp/*', '**/lsp', '**/cliShell/*', 'node:fs/*', 'fs/*'],
		message: 'The core never imports the shell (server/src/lsp, server/src/cliShell) or the file system.',
	},
];

export default tseslint.config(
	{ ignores: ['dist/', 'out/', '.vscode-test/', 'node_modules/', 'test-results/'] },
	{
		files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
		extends: [tseslint.configs.recommended],
		plugins: { regexp },
		rules: {
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error',
		},
	},
	{
		files: ['server/src/**/*.ts'],
		ignores: ['server/src/lsp/**', 'server/src/cliShell/**', 'server/src/cliMain.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: SHELL_ONLY, patterns: SHELL_PATTERNS }] },
	},
	{
		// A feature uses the model, the facts, the decoders and util/, not another feature's
		// internals: what two features share belongs in one of those layers.
		files: ['server/src/features/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: SHELL_ONLY,
					patterns: [
						...SHELL_PATTERNS,
						{
							// navigation/'s modules share where a cable names cables (cableSpans): one feature's parts.
							group: ['./*', '!./hoverContent', '!./diagnostics', '!./cableSpans'],
							message:
								"Features do not import each other: move what they share to facts/, decode/ or util/ (hover -> hoverContent and codeActions -> diagnostics are each one feature's parts).",
						},
					],
				},
			],
		},
	},
	{
		// completion/ is one feature in a folder of its own (one module per context): its modules
		// share its parts, as the architecture test allows a feature folder's modules.
		files: ['server/src/features/completion/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: SHELL_ONLY, patterns: SHELL_PATTERNS }] },
	},
);
