/**
 * Messages a broken or hostile client sends: frames whose body is not JSON-RPC (written raw
 * to the server's stdin, under a correct Content-Length so that framing stays in step),
 * headers without a usable length, requests for methods nobody serves, and requests whose
 * params are the wrong shape. The server must answer what it can and read on.
 */
import type { Writable } from 'node:stream';

/** Writes one frame in a single write, so it cannot interleave with the client's own frames. */
export function writeFrame(stdin: Writable, body: string | Buffer, header?: string): void {
	const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	stdin.write(Buffer.concat([Buffer.from(header ?? `Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
}

interface RawFrame {
	readonly name: string;
	readonly body: string | Buffer;
	readonly header?: string;
}

export const RAW_FRAMES: readonly RawFrame[] = [
	{ name: 'JSON cut short', body: '{"jsonrpc": "2.0", "id": 9, "method": "textDocument/hov' },
	{ name: 'not JSON', body: 'Content-Length: 12\r\n\r\nhello world!' },
	{ name: 'a batch (JSON-RPC arrays are not LSP)', body: '[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]' },
	{ name: 'null', body: 'null' },
	{ name: 'a number', body: '42' },
	{ name: 'an empty body', body: '' },
	{ name: 'invalid UTF-8', body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
	{ name: 'an id and no method', body: '{"jsonrpc":"2.0","id":424242}' },
	{ name: 'a method that is a number', body: '{"jsonrpc":"2.0","id":424243,"method":5}' },
	{
		name: 'an id that is an object',
		body: '{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///x"}}}',
	},
	{ name: 'a response nobody asked for', body: '{"jsonrpc":"2.0","id":999999,"result":{"a":1}}' },
	{ name: 'deeply nested params', body: `{"jsonrpc":"2.0","method":"cable/deep","params":${'['.repeat(5000)}${']'.repeat(5000)}}` },
	// The reader drops these headers and reads on when the next bytes arrive.
	{ name: 'a header without Content-Length', body: '', header: 'X-Junk: 1\r\n\r\n' },
	{ name: 'a Content-Length that is not a number', body: '', header: 'Content-Length: many\r\n\r\n' },
];

interface OddRequest {
	readonly name: string;
	readonly method: string;
	readonly params: unknown;
	/** An error code the answer must carry, when the answer must be an error. */
	readonly errorCode?: number;
}

const NEVER_OPENED = 'file:///fuzz/never-opened.cable';

export const ODD_REQUESTS: readonly OddRequest[] = [
	{ name: 'an unknown method', method: 'cable/noSuchRequest', params: {}, errorCode: -32601 },
	{ name: 'an unknown method without params', method: 'workspace/noSuchRequest', params: undefined, errorCode: -32601 },
	{ name: 'hover with null params', method: 'textDocument/hover', params: null },
	{
		name: 'hover with a number for a URI',
		method: 'textDocument/hover',
		params: { textDocument: { uri: 42 }, position: { line: 0, character: 0 } },
	},
	{
		name: 'hover with a string position',
		method: 'textDocument/hover',
		params: { textDocument: { uri: NEVER_OPENED }, position: 'start' },
	},
	{ name: 'outline without a document', method: 'textDocument/documentSymbol', params: { textDocument: {} } },
	{ name: 'folding of a document never opened', method: 'textDocument/foldingRange', params: { textDocument: { uri: NEVER_OPENED } } },
	{ name: 'diagnostics of a document never opened', method: 'textDocument/diagnostic', params: { textDocument: { uri: NEVER_OPENED } } },
	{
		name: 'code actions with diagnostics of the wrong shape',
		method: 'textDocument/codeAction',
		params: {
			textDocument: { uri: NEVER_OPENED },
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			context: { diagnostics: 'none' },
		},
	},
];

export const ODD_NOTIFICATIONS: ReadonlyArray<{ readonly method: string; readonly params: unknown }> = [
	{ method: 'cable/noSuchNotification', params: { a: 1 } },
	{ method: '$/noSuchNotification', params: null },
	{ method: '$/cancelRequest', params: { id: 123456789 } },
	{ method: 'textDocument/didChange', params: { textDocument: { uri: NEVER_OPENED, version: 2 }, contentChanges: [{ text: 'x' }] } },
	{ method: 'textDocument/didClose', params: { textDocument: { uri: NEVER_OPENED } } },
	{ method: 'textDocument/didSave', params: { textDocument: { uri: NEVER_OPENED } } },
	{ method: 'workspace/didChangeConfiguration', params: { settings: { cable: { dictionaries: 'not a list', maxFileSize: 'huge' } } } },
	{ method: 'workspace/didChangeConfiguration', params: { settings: null } },
	// An error message for the user, which this client (like some editors) will not answer.
	{ method: 'workspace/didChangeConfiguration', params: { settings: { cable: { dictionaries: ['/nonexistent/cable-dictionary.json'] } } } },
];
