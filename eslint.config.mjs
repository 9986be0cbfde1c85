// The linter run by `npm test` (npm run lint). Regular expressions that run on cable text must be
// linear in their input (issue: a crafted line stalled the server for a minute), so the two
// super-linear checks of eslint-plugin-regexp are errors everywhere cable text is matched.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'out/', '.vscode-test/', 'node_modules/', 'test-results/'] },
	{
		files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
		languageOptions: { parser: tseslint.parser },
		plugins: { regexp },
		rules: {
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error',
		},
	},
);
