/**
 * The `cable` settings section as the client gives it. VS Code pushes it with every
 * `workspace/didChangeConfiguration` (the client synchronises the section); clients that
 * push nothing are asked for it, when they support `workspace/configuration`.
 */
import { isObject } from '../util/isObject';

/** `pull` is given only when the client supports pulling; a failed pull counts as no settings. */
export async function cableSettings(pushed: unknown, pull: (() => Promise<unknown>) | undefined): Promise<Record<string, unknown> | undefined> {
	if (isObject(pushed) && isObject(pushed.cable)) return pushed.cable;
	if (!pull) return undefined;
	return pull().then(
		(pulled) => (isObject(pulled) ? pulled : undefined),
		() => undefined,
	);
}
