/**
 * The `cable` command line, read by node:util's parseArgs: one table of options, each command
 * the options it takes, the help text of each written from the same table. Options may come
 * before or after the command; `--` ends them.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE_MB } from '../settings';
import { plainText } from '../util/plainText';

type OptionName = 'help' | 'version' | 'max-file-size' | 'format' | 'rule' | 'fail-on' | 'config' | 'jobs' | 'in' | 'depth';

interface OptionSpec {
	readonly type: 'string' | 'boolean';
	readonly short?: string;
	readonly multiple?: boolean;
	/** `--name VALUE  what it does` in the help. */
	readonly value?: string;
	readonly help: string;
}

const OPTIONS: Readonly<Record<OptionName, OptionSpec>> = {
	help: { type: 'boolean', short: 'h', help: 'show this help' },
	version: { type: 'boolean', short: 'V', help: "print cable's version" },
	'max-file-size': {
		type: 'string',
		value: 'MB',
		help: `read files up to MB megabytes (default ${DEFAULT_MAX_FILE_SIZE_MB}, as the editor's "cable.maxFileSize")`,
	},
	format: { type: 'string', value: 'FORMAT', help: 'output format' },
	rule: {
		type: 'string',
		multiple: true,
		value: 'CODE=LEVEL',
		help: 'report rule CODE as off, error, warning, information or hint (repeatable)',
	},
	'fail-on': {
		type: 'string',
		value: 'LEVEL',
		help: 'exit 1 when a finding is at or above LEVEL: error (default), warning, information, hint, or never',
	},
	config: { type: 'string', value: 'FILE', help: 'rule settings file (default: .cable.json in the current folder, when there is one)' },
	jobs: { type: 'string', short: 'j', value: 'N', help: 'worker threads (default: one per core)' },
	in: { type: 'string', multiple: true, value: 'PATH', help: 'the files, folders or globs the citations are looked up in (repeatable)' },
	depth: { type: 'string', value: 'N', help: 'follow citations N steps away (default 1)' },
};

export type CommandName = 'check' | 'export' | 'refs' | 'outline' | 'model';

interface CommandSpec {
	readonly operands: string;
	readonly summary: string;
	readonly options: readonly OptionName[];
	/** Values of --format; the first is the default. */
	readonly formats?: readonly string[];
	readonly details?: string;
}

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
	check: {
		operands: 'PATH...',
		summary: 'report every diagnostic of the cables in files, folders and globs',
		options: ['format', 'rule', 'fail-on', 'config', 'jobs', 'max-file-size'],
		formats: ['text', 'json', 'sarif'],
		details: `Text: file:line:col: severity code message (grouped and coloured on a terminal; NO_COLOR
turns colour off). json: an array of one object per finding. sarif: a SARIF 2.1.0 log.
Exit status: 0 clean, 1 findings at or above --fail-on, 2 a usage or I/O error.
Rules are set as in the editor's "cable.diagnostics.rules", in .cable.json:
  { "cable.diagnostics.rules": { "cable.paragraph.sequence": "off" } }
and --rule overrides them.`,
	},
	export: {
		operands: 'PATH...',
		summary: 'one row per cable: id, date, origin, precedence, classification, caveats, tags, subject, REF ids, signer, file, bytes',
		options: ['format', 'jobs', 'max-file-size'],
		formats: ['csv', 'jsonl'],
		details: 'CSV is quoted per RFC 4180, with a header row; lists (caveats, tags, REF ids) are joined by ";". Rows are in file order.',
	},
	refs: {
		operands: 'ID|FILE',
		summary: 'the cables a cable cites and the cables that cite it',
		options: ['in', 'depth', 'format', 'max-file-size'],
		formats: ['text', 'dot'],
		details: 'dot: a Graphviz digraph of the neighbourhood (an edge goes from the citing cable to the cited one).',
	},
	outline: { operands: 'FILE...', summary: "print each cable's outline (line:column, name, detail)", options: ['max-file-size'] },
	model: {
		operands: 'FILE...',
		summary: 'print the parsed cable model as JSON, with its facts, identity and references',
		options: ['max-file-size'],
		details: `Beside the model: what it says about the cable under "facts" (classification, id, date,
origin, serial), its canonical id under "identity" and its REF items resolved to cable ids
under "references".`,
	},
};

const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export interface Invocation {
	readonly command: CommandName | undefined;
	readonly operands: readonly string[];
	readonly help: boolean;
	readonly version: boolean;
	readonly values: Readonly<Partial<Record<OptionName, string | boolean | string[]>>>;
}

/** The invocation, or what is wrong with it in words after `cable: `. */
export function parseCommandLine(argv: readonly string[]): Invocation | string {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: Object.fromEntries(
				Object.entries(OPTIONS).map(([name, { type, short, multiple }]) => [
					name,
					{ type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) },
				]),
			),
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		return plainText(error instanceof Error ? error.message : String(error));
	}
	const { values, positionals } = parsed;
	const [first, ...operands] = positionals;
	const command = first as CommandName | undefined;
	if (command !== undefined && !COMMAND_NAMES.includes(command)) return `unknown command '${plainText(first!)}'`;
	if (command) {
		const allowed = new Set<string>(['help', 'version', ...COMMANDS[command].options]);
		const stray = Object.keys(values).find((name) => !allowed.has(name));
		if (stray) return `${command} takes no option --${stray}`;
	}
	return { command, operands, help: values.help === true, version: values.version === true, values: values as Invocation['values'] };
}

/** The `--format` asked for, or the command's default; a string when it is not one of the command's. */
export function formatOf(invocation: Invocation): string | { readonly error: string } {
	const formats = COMMANDS[invocation.command!].formats ?? [];
	const asked = invocation.values.format as string | undefined;
	if (asked === undefined) return formats[0]!;
	return formats.includes(asked) ? asked : { error: `--format wants ${formats.join(', ')}, not '${plainText(asked)}'` };
}

/** A whole number option at least `min`; `fallback` when absent. */
export function countOption(
	invocation: Invocation,
	name: 'jobs' | 'depth',
	min: number,
	fallback: number,
): number | { readonly error: string } {
	const value = invocation.values[name] as string | undefined;
	if (value === undefined) return fallback;
	const count = Number(value);
	return Number.isInteger(count) && count >= min
		? count
		: { error: `--${name} wants a whole number of at least ${min}, not '${plainText(value)}'` };
}

export function usage(): string {
	const width = Math.max(...COMMAND_NAMES.map((name) => `${name} ${COMMANDS[name].operands}`.length)) + 2;
	return [
		'Usage: cable <command> [options] <operands>',
		'',
		'Commands:',
		...COMMAND_NAMES.map((name) => `  ${`${name} ${COMMANDS[name].operands}`.padEnd(width)}${COMMANDS[name].summary}`),
		'',
		'Options:',
		...optionLines(['help', 'version']),
		'',
		"Run 'cable <command> --help' for a command's options.",
	].join('\n');
}

export function commandUsage(command: CommandName): string {
	const spec = COMMANDS[command];
	return [
		`Usage: cable ${command} [options] ${spec.operands}`,
		'',
		spec.summary.replace(/^./, (first) => first.toUpperCase()) + '.',
		'',
		'Options:',
		...optionLines([...spec.options, 'help'], spec.formats),
		...(spec.details ? ['', spec.details] : []),
	].join('\n');
}

function optionLines(names: readonly OptionName[], formats?: readonly string[]): string[] {
	const flag = (name: OptionName) =>
		`${OPTIONS[name].short ? `-${OPTIONS[name].short}, ` : ''}--${name}${OPTIONS[name].value ? ` ${OPTIONS[name].value}` : ''}`;
	const width = Math.max(...names.map((name) => flag(name).length)) + 2;
	return names.map((name) => {
		const help = name === 'format' && formats ? `${formats.join(', ')} (default ${formats[0]})` : OPTIONS[name].help;
		return `  ${flag(name).padEnd(width)}${help}`;
	});
}
