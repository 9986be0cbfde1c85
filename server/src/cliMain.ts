/** Entry point of `dist/cli.js`, the `cable` command. */
import { main } from './cli';
import { nodeWorkspace } from './lsp/nodeWorkspace';

void main(process.argv.slice(2), (text) => console.log(text), (text) => console.error(text), nodeWorkspace).then((status) => {
	process.exitCode = status;
});
