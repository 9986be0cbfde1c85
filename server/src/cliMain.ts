/** Entry point of `dist/cli.js`, the `cable` command. */
import { main } from './cli';

process.exitCode = main(process.argv.slice(2), (text) => console.log(text), (text) => console.error(text));
