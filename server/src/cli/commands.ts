/**
 * The commands over collections, `check`, `export` and `refs`: what to run, how the results
 * are written, and the exit status. Standard output carries only the data; every file that
 * gives none is named once on standard error, and a summary ends there.
 */
import type { RuleSeverity } from '../diagnostics/rule';
import { CollectionIndex } from '../collection/collectionIndex';
import { plainText } from '../util/plainText';
import { countOption, formatOf, type Invocation } from './args';
import { type FileFindings, failsOn, groupedLines, jsonLines, plainLines, ruleSettings, sarifLog, SEVERITY_ORDER } from './check';
import { csvHeader, csvRow, jsonlRow } from './export';
import { neighbourhood, refsDot, refsText } from './refs';
import type { CliHost, FileResult, Listing, SkipReason, Task } from './types';

type Write = (text: string) => void;

export interface CommandContext {
	readonly invocation: Invocation;
	readonly out: Write;
	readonly err: Write;
	readonly host: CliHost;
	readonly maxBytes: number;
}

const SKIP_WORDS: Readonly<Record<SkipReason, string>> = {
	tooLarge: 'is over the size limit (--max-file-size)',
	unreadable: 'cannot be read',
	binary: 'is binary',
	notCable: 'does not look like a cable',
};

/** Usage problems are told before any file is read. */
class UsageError extends Error {}

function valueOf<T>(value: T | { readonly error: string }): T {
	if (typeof value === 'object' && value !== null && 'error' in value) throw new UsageError(value.error);
	return value as T;
}

/** Runs a command; a usage problem is exit status 2 with its message. */
async function guarded(context: CommandContext, body: () => Promise<number>): Promise<number> {
	try {
		return await body();
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		context.err(`cable: ${error.message}`);
		return 2;
	}
}

/** Tells each file that gave nothing, and counts them for the summary. */
class Tally {
	readonly skipped = new Map<SkipReason, number>();
	files = 0;

	constructor(private readonly err: Write) {}

	/** True when the result carries data. */
	take(result: FileResult): boolean {
		this.files++;
		if (!result.skipped) return true;
		this.skipped.set(result.skipped, (this.skipped.get(result.skipped) ?? 0) + 1);
		this.err(`cable: ${plainText(result.file)} ${SKIP_WORDS[result.skipped]}; skipped`);
		return false;
	}

	/** `1,232 files, 3 skipped (2 binary, 1 does not look like a cable)`. */
	summary(): string {
		const skipped = [...this.skipped.values()].reduce((sum, count) => sum + count, 0);
		const reasons = [...this.skipped].map(
			([reason, count]) => `${count} ${reason === 'tooLarge' ? 'too large' : reason === 'notCable' ? 'not a cable' : reason}`,
		);
		return `${count(this.files, 'file')}${skipped ? `, ${skipped} skipped (${reasons.join(', ')})` : ''}`;
	}
}

function count(n: number, word: string): string {
	return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Paths that named nothing are an I/O error (status 2), told once each. */
function missingStatus(listing: Listing, err: Write): number {
	for (const path of listing.missing) err(`cable: ${plainText(path)} does not exist (no file, folder or matching glob)`);
	return listing.missing.length ? 2 : 0;
}

export function runCheck(context: CommandContext): Promise<number> {
	return guarded(context, async () => {
		const { invocation, out, err, host } = context;
		const format = valueOf(formatOf(invocation));
		const failOn = invocation.values['fail-on'] ?? 'error';
		if (typeof failOn !== 'string' || !([...SEVERITY_ORDER, 'never'] as string[]).includes(failOn)) {
			throw new UsageError(`--fail-on wants ${SEVERITY_ORDER.join(', ')} or never, not '${plainText(String(failOn))}'`);
		}
		const config = valueOf(await host.readConfig(invocation.values.config as string | undefined));
		const settings = valueOf(ruleSettings(config.config, (invocation.values.rule as string[] | undefined) ?? []));
		const jobs = valueOf(countOption(invocation, 'jobs', 1, 0));
		const tally = new Tally(err);
		const bySeverity = new Map<RuleSeverity, number>();
		const sarifFiles: FileFindings[] = [];
		let first = true;
		if (format === 'json') out('[');
		const listing = await host.run({ kind: 'check', settings }, invocation.operands, { jobs, maxBytes: context.maxBytes }, (result) => {
			if (!tally.take(result) || !result.findings?.length) return;
			const file: FileFindings = { file: result.file, findings: result.findings };
			for (const finding of file.findings) bySeverity.set(finding.severity, (bySeverity.get(finding.severity) ?? 0) + 1);
			if (format === 'sarif') sarifFiles.push(file);
			else if (format === 'json') {
				const lines = jsonLines(file);
				out(`${first ? '' : ',\n'}${lines.join(',\n')}`);
				first = false;
			} else out((host.terminal ? groupedLines(file, host.colour) : plainLines(file)).join('\n'));
		});
		if (format === 'json') out(']');
		if (format === 'sarif')
			out(
				JSON.stringify(
					sarifLog(sarifFiles, host.version, `${host.uriOf('.').replace(/\/?$/, '/')}`, (file) => sarifArtifact(file, host)),
					null,
					2,
				),
			);
		const missing = missingStatus(listing, err);
		const findings = SEVERITY_ORDER.filter((severity) => bySeverity.has(severity)).map((severity) =>
			severity === 'information'
				? `${bySeverity.get(severity)!.toLocaleString('en-US')} information`
				: count(bySeverity.get(severity)!, severity),
		);
		err(`${findings.length ? findings.join(', ') : 'no findings'} in ${tally.summary()}`);
		if (missing) return missing;
		return SEVERITY_ORDER.some((severity) => bySeverity.has(severity) && failsOn(failOn as RuleSeverity | 'never', severity)) ? 1 : 0;
	});
}

/** A file inside the current folder as a URI reference relative to it (`%SRCROOT%`); one outside by its file URI. */
function sarifArtifact(file: string, host: CliHost): { uri: string; uriBaseId?: string } {
	if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return { uri: host.uriOf(file) };
	return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function runExport(context: CommandContext): Promise<number> {
	return guarded(context, async () => {
		const { invocation, out, err, host } = context;
		const format = valueOf(formatOf(invocation));
		const jobs = valueOf(countOption(invocation, 'jobs', 1, 0));
		const tally = new Tally(err);
		if (format === 'csv') out(csvHeader());
		const listing = await host.run({ kind: 'export' }, invocation.operands, { jobs, maxBytes: context.maxBytes }, (result) => {
			if (tally.take(result) && result.row) out(format === 'csv' ? csvRow(result.row) : jsonlRow(result.row));
		});
		const missing = missingStatus(listing, err);
		err(`exported ${tally.summary()}`);
		return missing;
	});
}

export function runRefs(context: CommandContext): Promise<number> {
	return guarded(context, async () => {
		const { invocation, out, err, host } = context;
		const format = valueOf(formatOf(invocation));
		const depth = valueOf(countOption(invocation, 'depth', 1, 1));
		const paths = (invocation.values.in as string[] | undefined) ?? [];
		if (paths.length === 0) throw new UsageError('refs wants --in PATH: the cables to look citations up in');
		if (invocation.operands.length !== 1) throw new UsageError('refs wants one cable id or file');
		const task: Task = { kind: 'index' };
		const options = { jobs: 0, maxBytes: context.maxBytes };
		const collection = new CollectionIndex();
		const tally = new Tally(err);
		const listing = await host.run(task, paths, options, (result) => {
			if (tally.take(result) && result.entry) collection.set(result.entry);
		});
		const missing = missingStatus(listing, err);
		if (missing) return missing;
		const id = await idOf(invocation.operands[0]!, host, task, options, collection);
		if (typeof id !== 'string') {
			err(`cable: ${id.error}`);
			return 2;
		}
		const found = neighbourhood(collection, id, depth, (uri) => host.fileOf(uri));
		out(format === 'dot' ? refsDot(found) : refsText(found));
		err(`${count(collection.size, 'cable')} in ${tally.summary()}`);
		return 0;
	});
}

const CABLE_ID = /^\d{2}[A-Z][A-Z-]*\d+$/;

/** An id as given (upper-cased), else the id of the file named: from the collection when it holds it, else read. */
async function idOf(
	operand: string,
	host: CliHost,
	task: Task,
	options: { jobs: number; maxBytes: number },
	collection: CollectionIndex,
): Promise<string | { error: string }> {
	const upper = operand.toUpperCase();
	if (CABLE_ID.test(upper) && !/[./\\]/.test(operand)) return upper;
	const known = collection.byUri(host.uriOf(operand));
	let entry = known;
	if (!entry) {
		let result: FileResult | undefined;
		await host.run(task, [operand], { ...options, jobs: 1 }, (each) => {
			result = each;
		});
		if (!result) return { error: `${plainText(operand)} is no cable id (like 07TOKYO374), and no such file` };
		if (result.skipped) return { error: `${plainText(operand)} ${SKIP_WORDS[result.skipped]}` };
		entry = result.entry;
	}
	return entry?.id ?? { error: `${plainText(operand)}: its text does not make its id certain` };
}
