/**
 * The `cable` settings section as the client gives it. VS Code pushes it with every
 * `workspace/didChangeConfiguration` (the client synchronises the section); clients that
 * push nothing are asked for it, when they support `workspace/configuration`.
 */
import { type CableSettings, readSettings } from '../settings';
import { isObject } from '../util/isObject';

/** `pull` is given only when the client supports pulling; a failed pull counts as no settings. */
export async function cableSettings(
	pushed: unknown,
	pull: (() => Promise<unknown>) | undefined,
): Promise<Record<string, unknown> | undefined> {
	if (isObject(pushed) && isObject(pushed.cable)) return pushed.cable;
	if (!pull) return undefined;
	return pull().then(
		(pulled) => (isObject(pulled) ? pulled : undefined),
		() => undefined,
	);
}

/**
 * Reads the settings on every change and hands them on; when two quick changes are answered
 * out of order, the older answer is dropped, so it never undoes the newer.
 */
export function latestSettings(
	pull: () => (() => Promise<unknown>) | undefined,
	apply: (settings: CableSettings) => void,
): (pushed: unknown) => Promise<void> {
	let requests = 0;
	return async (pushed) => {
		const request = ++requests;
		const settings = readSettings(await cableSettings(pushed, pull()));
		if (request === requests) apply(settings);
	};
}
