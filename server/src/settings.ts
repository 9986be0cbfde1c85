/**
 * The `cable` settings, typed, with their defaults, and the one reader that turns what a client
 * sends into them: anything missing or malformed falls back to the default, setting by setting.
 * The defaults are package.json's (test/unit/settings.test.ts compares them). The shell pulls
 * the section (server/src/lsp/configuration.ts) and hands the result to the consumers.
 */
import type { RuleSeverity } from './diagnostics/rule';
import { isObject } from './util/isObject';

export type RuleSetting = RuleSeverity | 'off';

export interface DiagnosticSettings {
	readonly enable: boolean;
	/** Rule code → `off` or the severity to report it with; rules not named keep their default. */
	readonly rules: Readonly<Record<string, RuleSetting>>;
}

export interface CableSettings {
	/** `cable.detectTextFiles`: the client opens cable-looking `.txt` files as cables. */
	readonly detectTextFiles: boolean;
	/** `cable.dictionaries`: the user's dictionary files, as written (not yet resolved). */
	readonly dictionaries: readonly string[];
	/** `cable.diagnostics.enable` and `cable.diagnostics.rules`. */
	readonly diagnostics: DiagnosticSettings;
	/** `cable.maxFileSize`, in MB: larger documents are declined. */
	readonly maxFileSize: number;
	/** `cable.dictionaryMaxSize`, in MB: larger dictionary files are not read. */
	readonly dictionaryMaxSize: number;
}

/** `cable.maxFileSize` when unset, for the server and the command line alike: real cables are under 1 MB. */
export const DEFAULT_MAX_FILE_SIZE_MB = 10;

/** `cable.dictionaryMaxSize` when unset: a dictionary of every TAGS code and routing indicator is well under 1 MB. */
export const DEFAULT_DICTIONARY_MAX_SIZE_MB = 4;

export const DEFAULT_DIAGNOSTIC_SETTINGS: DiagnosticSettings = { enable: true, rules: {} };

export const DEFAULT_SETTINGS: CableSettings = {
	detectTextFiles: true,
	dictionaries: [],
	diagnostics: DEFAULT_DIAGNOSTIC_SETTINGS,
	maxFileSize: DEFAULT_MAX_FILE_SIZE_MB,
	dictionaryMaxSize: DEFAULT_DICTIONARY_MAX_SIZE_MB,
};

/** Reads the `cable` section as a client sends it. */
export function readSettings(section: unknown): CableSettings {
	const cable = isObject(section) ? section : {};
	const dictionaries = Array.isArray(cable.dictionaries)
		? cable.dictionaries.filter((path): path is string => typeof path === 'string' && path.trim() !== '')
		: DEFAULT_SETTINGS.dictionaries;
	return {
		detectTextFiles: typeof cable.detectTextFiles === 'boolean' ? cable.detectTextFiles : DEFAULT_SETTINGS.detectTextFiles,
		dictionaries,
		diagnostics: readDiagnosticSettings(cable),
		maxFileSize: megabytes(cable.maxFileSize, DEFAULT_SETTINGS.maxFileSize),
		dictionaryMaxSize: megabytes(cable.dictionaryMaxSize, DEFAULT_SETTINGS.dictionaryMaxSize),
	};
}

const RULE_SETTINGS: ReadonlySet<string> = new Set<RuleSetting>(['off', 'error', 'warning', 'information', 'hint']);

/** The diagnostics part of the `cable` section: diagnostics are pulled per document (the settings are resource-scoped). */
export function readDiagnosticSettings(section: unknown): DiagnosticSettings {
	const diagnostics = (section as { diagnostics?: { enable?: unknown; rules?: unknown } } | null | undefined)?.diagnostics;
	const rules: Record<string, RuleSetting> = {};
	if (diagnostics?.rules && typeof diagnostics.rules === 'object') {
		for (const [code, value] of Object.entries(diagnostics.rules)) if (typeof value === 'string' && RULE_SETTINGS.has(value)) rules[code] = value as RuleSetting;
	}
	return { enable: diagnostics?.enable !== false, rules };
}

/** A size setting in MB; anything but a positive number counts as unset. */
function megabytes(value: unknown, defaultMegabytes: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : defaultMegabytes;
}
