import { readFileSync } from 'node:fs';
import type { CableWorkspace } from '../workspace';

/** The workspace on the local file system: what the server and the `cable` command read through. */
export const nodeWorkspace: CableWorkspace = {
	readFile: (path) => readFileSync(path, 'utf8'),
};
