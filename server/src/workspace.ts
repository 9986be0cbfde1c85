/**
 * How the core reads files it is told about (a cable named on the command line, a user
 * dictionary): through this interface, never through node:fs, so that the language service
 * runs where there is no file system and the workspace index can hand it files it already
 * holds (compare vscode-markdown-languageservice's IWorkspace). The shell supplies the node
 * implementation (server/src/lsp/nodeWorkspace.ts).
 */
export interface CableWorkspace {
	/** The file's text, read as UTF-8 as an editor would open it; throws an Error that says why it cannot be read. */
	readFile(path: string): string;
}
