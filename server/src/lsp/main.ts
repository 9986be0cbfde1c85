/**
 * Entry point of `dist/server.js` and of the `cable-language-server` command.
 * The transport comes from the command line: `--stdio` for Neovim, Emacs and other
 * editors, `--node-ipc` when VS Code starts it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
