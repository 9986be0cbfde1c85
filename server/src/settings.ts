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

/** The workspace index of cables (issue 15): which files it reads, and whether it runs at all. */
export interface IndexSettings {
	readonly enable: boolean;
	/** Globs, relative to the workspace folder, of the files looked at (`.txt` ones only count when they look like a cable). */
	readonly include: readonly string[];
	/** Globs of files and folders never looked at. */
	readonly exclude: readonly string[];
}

/** Which inlay hints are shown (issue 17); each kind switches on its own. */
export interface InlayHintSettings {
	/** `AMEMBASSY TOKYO` after `RUEHKO` on DE, TO and INFO lines. */
	readonly routingStations: boolean;
	/** `Fri 26 Jan 2007 07:54 UTC` after a date-time group. */
	readonly dates: boolean;
	/** The meaning after each TAGS code. */
	readonly tagMeanings: boolean;
	/** The cable id a REF item cites (`→ 07TOKYO123`). */
	readonly referenceIds: boolean;
}

/** Rewrap (range formatting). */
export interface FormatSettings {
	/** `cable.format.lineWidth`: the column paragraphs are wrapped at; cables were sent at 69. */
	readonly lineWidth: number;
}

/** A feature the user can switch off on its own (`cable.hover.enable`, `cable.outline.enable`). */
export interface FeatureSwitch {
	readonly enable: boolean;
}

/** Where VS Code's client colours classification markings; read by the client, kept here with the others. */
export interface ClassificationColorSettings {
	/** A band across each banner line in its level's colour. */
	readonly banners: boolean;
	/** A tint behind each portion mark. */
	readonly portionMarks: boolean;
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
	/** `cable.index.enable`, `cable.index.include`, `cable.index.exclude`. */
	readonly index: IndexSettings;
	/** `cable.inlayHints.*`. */
	readonly inlayHints: InlayHintSettings;
	/** `cable.format.lineWidth`. */
	readonly format: FormatSettings;
	/** `cable.hover.enable`: off, the server answers no hover. */
	readonly hover: FeatureSwitch;
	/** `cable.outline.enable`: off, the server answers no document symbols (outline, breadcrumbs, sticky scroll). */
	readonly outline: FeatureSwitch;
	/** `cable.classificationColors.*`: the client's decorations. */
	readonly classificationColors: ClassificationColorSettings;
}

/** `cable.maxFileSize` when unset, for the server and the command line alike: real cables are under 1 MB. */
export const DEFAULT_MAX_FILE_SIZE_MB = 10;

/** `cable.dictionaryMaxSize` when unset: a dictionary of every TAGS code and routing indicator is well under 1 MB. */
export const DEFAULT_DICTIONARY_MAX_SIZE_MB = 4;

export const DEFAULT_DIAGNOSTIC_SETTINGS: DiagnosticSettings = { enable: true, rules: {} };

export const DEFAULT_INDEX_SETTINGS: IndexSettings = {
	enable: true,
	include: ['**/*.cable', '**/*.txt'],
	exclude: ['**/node_modules/**', '**/.git/**'],
};

/**
 * On by default: the hints that add a few words once (the DTG's date, a REF item's cable id).
 * Off: the station after an indicator repeats the plain-language address the TO/INFO line
 * already carries, and a meaning after every TAGS code pushes a 45-character line past 300.
 */
export const DEFAULT_INLAY_HINT_SETTINGS: InlayHintSettings = {
	routingStations: false,
	dates: true,
	tagMeanings: false,
	referenceIds: true,
};

/** Narrower or wider than this is not a cable line (and a width of 0 would loop the rewrap). */
const LINE_WIDTH_LIMITS = { min: 20, max: 200 } as const;

export const DEFAULT_FORMAT_SETTINGS: FormatSettings = { lineWidth: 69 };

export const DEFAULT_CLASSIFICATION_COLOR_SETTINGS: ClassificationColorSettings = { banners: true, portionMarks: true };

export const DEFAULT_SETTINGS: CableSettings = {
	detectTextFiles: true,
	dictionaries: [],
	diagnostics: DEFAULT_DIAGNOSTIC_SETTINGS,
	maxFileSize: DEFAULT_MAX_FILE_SIZE_MB,
	dictionaryMaxSize: DEFAULT_DICTIONARY_MAX_SIZE_MB,
	index: DEFAULT_INDEX_SETTINGS,
	inlayHints: DEFAULT_INLAY_HINT_SETTINGS,
	format: DEFAULT_FORMAT_SETTINGS,
	hover: { enable: true },
	outline: { enable: true },
	classificationColors: DEFAULT_CLASSIFICATION_COLOR_SETTINGS,
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
		index: readIndexSettings(cable.index),
		inlayHints: readInlayHintSettings(cable.inlayHints),
		format: readFormatSettings(cable.format),
		hover: readFeatureSwitch(cable.hover, DEFAULT_SETTINGS.hover),
		outline: readFeatureSwitch(cable.outline, DEFAULT_SETTINGS.outline),
		classificationColors: readClassificationColorSettings(cable.classificationColors),
	};
}

function readFeatureSwitch(section: unknown, defaults: FeatureSwitch): FeatureSwitch {
	const enable = isObject(section) ? section.enable : undefined;
	return { enable: typeof enable === 'boolean' ? enable : defaults.enable };
}

/** Each place on its own: a malformed one keeps its default. */
export function readClassificationColorSettings(section: unknown): ClassificationColorSettings {
	const colors = isObject(section) ? section : {};
	const flag = (key: keyof ClassificationColorSettings) =>
		typeof colors[key] === 'boolean' ? (colors[key] as boolean) : DEFAULT_CLASSIFICATION_COLOR_SETTINGS[key];
	return { banners: flag('banners'), portionMarks: flag('portionMarks') };
}

/** Each kind on its own: a malformed one keeps its default. */
export function readInlayHintSettings(section: unknown): InlayHintSettings {
	const hints = isObject(section) ? section : {};
	const flag = (key: keyof InlayHintSettings) =>
		typeof hints[key] === 'boolean' ? (hints[key] as boolean) : DEFAULT_INLAY_HINT_SETTINGS[key];
	return {
		routingStations: flag('routingStations'),
		dates: flag('dates'),
		tagMeanings: flag('tagMeanings'),
		referenceIds: flag('referenceIds'),
	};
}

export function readFormatSettings(section: unknown): FormatSettings {
	const width = isObject(section) ? section.lineWidth : undefined;
	const valid = typeof width === 'number' && Number.isInteger(width) && width >= LINE_WIDTH_LIMITS.min && width <= LINE_WIDTH_LIMITS.max;
	return { lineWidth: valid ? width : DEFAULT_FORMAT_SETTINGS.lineWidth };
}

/** Each of `enable`, `include` and `exclude` on its own: a malformed one falls back to its default. */
function readIndexSettings(section: unknown): IndexSettings {
	const index = isObject(section) ? section : {};
	return {
		enable: typeof index.enable === 'boolean' ? index.enable : DEFAULT_INDEX_SETTINGS.enable,
		include: globs(index.include) ?? DEFAULT_INDEX_SETTINGS.include,
		exclude: globs(index.exclude) ?? DEFAULT_INDEX_SETTINGS.exclude,
	};
}

function globs(value: unknown): string[] | undefined {
	return Array.isArray(value) ? value.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '') : undefined;
}

const RULE_SETTINGS: ReadonlySet<string> = new Set<RuleSetting>(['off', 'error', 'warning', 'information', 'hint']);

/** The diagnostics part of the `cable` section: diagnostics are pulled per document (the settings are resource-scoped). */
export function readDiagnosticSettings(section: unknown): DiagnosticSettings {
	const diagnostics = (section as { diagnostics?: { enable?: unknown; rules?: unknown } } | null | undefined)?.diagnostics;
	const rules: Record<string, RuleSetting> = {};
	if (diagnostics?.rules && typeof diagnostics.rules === 'object') {
		for (const [code, value] of Object.entries(diagnostics.rules))
			if (typeof value === 'string' && RULE_SETTINGS.has(value)) rules[code] = value as RuleSetting;
	}
	return { enable: diagnostics?.enable !== false, rules };
}

/** A size setting in MB; anything but a positive number counts as unset. */
function megabytes(value: unknown, defaultMegabytes: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : defaultMegabytes;
}
