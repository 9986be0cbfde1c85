/**
 * The least a language-service caller must provide: the LSP server passes its
 * `TextDocument`s, the CLI and the tests pass plain objects.
 */
export interface CableTextDocument {
	readonly uri: string;
	readonly version: number;
	getText(): string;
}
