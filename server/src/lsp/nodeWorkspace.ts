import type { CableWorkspace, ReadLimits } from '../workspace';
import { fileErrorReason, readRegularFile, type Wait } from './regularFile';

/** The workspace on the local file system: what the server and the `cable` command read through. */
export const nodeWorkspace: CableWorkspace = {
	readFile: async (path, limits) => {
		try {
			const read = await readRegularFile(path, limits.maxBytes, limits.tooLarge, untilDeadline(limits));
			return 'refused' in read ? read : { text: read.bytes.toString('utf8') };
		} catch (error) {
			return { refused: error instanceof LateRead ? error.message : unreadable(error) };
		}
	},
};

function unreadable(error: unknown): string {
	const reason = fileErrorReason(error);
	return reason === 'no such file' ? 'does not exist' : `cannot be read (${reason})`;
}

class LateRead extends Error {}

/** Bounds each file operation by the deadline, if there is one. */
function untilDeadline({ deadline }: ReadLimits): Wait | undefined {
	if (deadline === undefined) return undefined;
	return <T>(work: Promise<T>) => {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new LateRead('was not read within the time allowed')), Math.max(0, deadline - Date.now()));
			timer.unref();
		});
		return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
	};
}
