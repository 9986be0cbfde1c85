/**
 * The `cable` settings section as the client gives it. VS Code pushes it with every
 * `workspace/didChangeConfiguration` (the client synchronises the section); clients that
 * push nothing are asked for it, when they support `workspace/configuration`.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `pull` is given only when the client supports pulling; a failed pull counts as no settings. */
export async function cableSettings(pushed: unknown, pull: (() => Promise<unknown>) | undefined): Promise<Record<string, unknown> | undefined> {
	if (isObject(pushed) && isObject(pushed.cable)) return pushed.cable;
	if (!pull) return undefined;
	return pull().then(
		(pulled) => (isObject(pulled) ? pulled : undefined),
		() => undefined,
	);
}

export const BYTES_PER_MB = 1024 * 1024;

/** `cable.maxFileSize` when unset, for the server and the command line alike: real cables are under 1 MB. */
export const DEFAULT_MAX_FILE_SIZE_MB = 10;

/** `cable.dictionaryMaxSize` when unset: a dictionary of every TAGS code and routing indicator is well under 1 MB. */
export const DEFAULT_DICTIONARY_MAX_SIZE_MB = 4;

/** A size setting in MB as bytes; anything but a positive number counts as unset. */
export function megabytesSetting(value: unknown, defaultMegabytes: number): number {
	const megabytes = typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : defaultMegabytes;
	return Math.floor(megabytes * BYTES_PER_MB);
}

/** `10 MB`, `2.5 MB`, `12 KB`: sizes in messages. */
export function formatSize(bytes: number): string {
	return bytes < BYTES_PER_MB / 10 ? `${+(bytes / 1024).toFixed(1)} KB` : `${+(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}
