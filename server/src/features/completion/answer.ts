import type { CompletionItem } from 'vscode-languageserver-types';

/** What one completion context offers; `isIncomplete` when typing on would change the list (it was cut, or a longer query matches more). */
export interface Answer {
	readonly items: CompletionItem[];
	readonly isIncomplete: boolean;
}
