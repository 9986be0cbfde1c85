/**
 * What the `cable` commands ask of the shell that runs them (server/src/cliShell/): the files
 * named by paths, each analysed by a task, maybe on worker threads, with the results handed
 * back in file order; and the plain results that cross from a worker as they are.
 */
import type { CableEntry } from '../collection/types';
import type { DiagnosticSettings } from '../settings';
import type { CableWorkspace } from '../workspace';
import type { CheckFinding } from './check';
import type { ExportRow } from './export';

/** Why a file gave no result: those the index skips, and a file that went away while listed. */
export type SkipReason = 'tooLarge' | 'unreadable' | 'binary' | 'notCable';

export type Task =
	{ readonly kind: 'check'; readonly settings: DiagnosticSettings } | { readonly kind: 'export' } | { readonly kind: 'index' };

export interface FileResult {
	/** The file as shown: relative to the current folder when inside it, with `/`. */
	readonly file: string;
	readonly bytes: number;
	readonly skipped?: SkipReason;
	readonly findings?: readonly CheckFinding[];
	readonly row?: ExportRow;
	readonly entry?: CableEntry;
}

export interface RunOptions {
	readonly jobs: number;
	readonly maxBytes: number;
}

export interface Listing {
	/** Files in the order results come in: sorted, each once. */
	readonly files: number;
	/** Paths named on the command line that are no file, folder or matching glob. */
	readonly missing: readonly string[];
}

export interface CliHost {
	readonly workspace: CableWorkspace;
	readonly version: string;
	/** Standard output is a terminal: group and colour what is written there. */
	readonly colour: boolean;
	readonly terminal: boolean;
	/** The JSON of `path`, or of `.cable.json` in the current folder when `path` is undefined (undefined when there is none). */
	readConfig(path: string | undefined): Promise<{ readonly config: unknown } | { readonly error: string }>;
	/** Runs `task` over the files under `paths`; `each` hears every file's result, in file order. */
	run(task: Task, paths: readonly string[], options: RunOptions, each: (result: FileResult) => void): Promise<Listing>;
	/** A file URI for a path as shown (`refs` names the file it is given). */
	uriOf(file: string): string;
	/** The path shown for a file URI. */
	fileOf(uri: string): string;
}
