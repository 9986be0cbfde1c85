/**
 * Shrinks a failing input to a small one that still fails (first whole lines, then single
 * characters), so that a failure report carries a regression test input rather than a
 * 60 KB cable. Bounded in time: a large input comes back smaller, if not minimal.
 */
import { linesOf } from './mutators';

function shrink(units: string[], fails: (text: string) => boolean, deadline: number): string[] {
	for (let chunk = Math.max(1, units.length >> 1); chunk >= 1; chunk >>= 1) {
		for (let start = 0; start < units.length && Date.now() < deadline;) {
			const candidate = [...units.slice(0, start), ...units.slice(start + chunk)];
			if (fails(candidate.join(''))) units = candidate;
			else start += chunk;
		}
	}
	return units;
}

export function minimize(text: string, fails: (text: string) => boolean, seconds = 20): string {
	const deadline = Date.now() + seconds * 1000;
	const lines = shrink(linesOf(text), fails, deadline);
	return shrink([...lines.join('')], fails, deadline).join('');
}
