/**
 * The bundles `node esbuild.mjs --bench` writes: the benchmark's own copy of the server and
 * the extension and the `cable` command with its worker (the same entry points and options as
 * dist/), and the bare baselines.
 */
import { join } from 'node:path';
import { REPO_ROOT } from '../test/helpers/corpus';

const OUT = join(REPO_ROOT, 'out', 'bench');

export const SERVER = join(OUT, 'server.js');
export const CLI = join(OUT, 'cli.js');
export const EXTENSION = join(OUT, 'extension.js');
export const BARE_SERVER = join(OUT, 'bareServer.js');
export const BARE_CLIENT = join(OUT, 'bareClient.js');
