/**
 * How the core reads files it is told about (a cable named on the command line, a user
 * dictionary): through this interface, never through node:fs, so that the language service
 * runs where there is no file system and the workspace index can hand it files it already
 * holds (compare vscode-markdown-languageservice's IWorkspace). The shell supplies the node
 * implementation (server/src/lsp/nodeWorkspace.ts).
 *
 * Paths come from settings and command lines, so a path may name anything (a FIFO,
 * `/dev/zero`, a 2 GB file): a read is bounded in size and time, and says why it declined.
 */

/** The file's text, or why it cannot be used, in words that follow its name ("does not exist"). */
export type FileRead = { readonly text: string } | { readonly refused: string };

export interface ReadLimits {
	/** Largest file read, in bytes; no more than one byte past it is ever read. */
	readonly maxBytes: number;
	/** How the file is over the limit, in words that follow its name; `size` is undefined when it grew past it while read. */
	readonly tooLarge: (size: number | undefined) => string;
	/** `Date.now()` after which the read gives up (a file on a hung network share). */
	readonly deadline?: number;
}

export interface CableWorkspace {
	/** A regular file's text, read as UTF-8 as an editor would open it; never rejects. */
	readFile(path: string, limits: ReadLimits): Promise<FileRead>;
}
