/**
 * What the fuzz tests found, kept as plain tests with the smallest inputs that showed it.
 * (Inputs on which the parser threw are in test/unit/parse-tolerance.test.ts.)
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { doc } from '../helpers/documents';
import { startServer } from '../helpers/lspClient';
import { answerWithin } from './waiting';

it('cuts cable text short in a hover: a 128,000-character metadata field gives a hover of a few lines', () => {
	const text = `Reference ID\nCreated\n08NAIROBI1363\n${'2008-06-03 14:02'.repeat(8000)}\n`;
	const hover = createCableLanguageService().getHover(doc(text), { line: 0, character: 1 });
	const markdown = (hover?.contents as MarkupContent).value;
	assert.ok(markdown.length < 3000, `${markdown.length} characters`);
	assert.match(markdown, /2008-06-03 14:022008.*…/);
});

it('leaves lines out of a hover past 60, and says how many: an E.O. line repeating N/A 20,000 times', () => {
	const text = `\n${'E.O. 12958: N/A '.repeat(20_000)}`;
	const hover = createCableLanguageService().getHover(doc(text), { line: 1, character: 0 });
	const markdown = (hover?.contents as MarkupContent).value;
	assert.ok(markdown.split('\n').length < 80, `${markdown.split('\n').length} lines`);
	assert.match(markdown, /\*19943 more lines left out\*/);
});

it('cuts a diagnostic quoting a 100,000-character field in the middle, keeping what is wrong and what is expected', () => {
	const text = `Reference ID\n${'WORDS AND MORE '.repeat(7000)}\n`;
	const message = createCableLanguageService()
		.getDiagnostics(doc(text))
		.find((diagnostic) => diagnostic.code === 'cable.id.malformed')?.message as string;
	assert.ok(message.length < 700, `${message.length} characters`);
	assert.match(message, /^The cable id WORDS AND MORE .* … .*: expected two-digit year, origin and serial, as in 07TOKYO374\.$/);
});

it('applies a renumbering unasked only when it puts every paragraph in order', () => {
	const service = createCableLanguageService();
	const renumbering = (text: string) => {
		const document = doc(text);
		const diagnostics = service.getDiagnostics(document);
		const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
		return service.getCodeActions(document, whole, { diagnostics }).find((action) => action.title.startsWith('Renumber paragraphs'));
	};
	assert.equal(renumbering('1. (C) One.\n3. (C) Two.\n4. (C) Three.')?.isPreferred, true);
	// Numbers set aside as strays or list items that renumbering would turn into new slips.
	for (const text of ['10.\n5.\n12.\n6.', '1.\n3.\n4.(SNF)\n4)\n5.', '1.C\n11.(SBU)\n3.\n6.']) {
		assert.equal(renumbering(text)?.isPreferred, false, text);
	}
});

it('keeps running for a client that refuses the requests a server may send (messages, diagnostic refreshes)', async () => {
	// It offers pulled settings and diagnostic refreshes, then answers neither (nor window/showMessageRequest).
	const server = await startServer(undefined, undefined, {
		textDocument: { diagnostic: {} },
		workspace: { configuration: true, diagnostics: { refreshSupport: true } },
	});
	const uri = 'file:///regressions/over-the-limit.cable';
	await server.open(uri, 'TAGS: PREL\n'.repeat(200_000));
	// A dictionary that does not exist (an error message) and a limit the document is over (a warning), then a refresh.
	await server.connection.sendNotification('workspace/didChangeConfiguration', {
		settings: { cable: { dictionaries: ['/nonexistent/dictionary.json'], maxFileSize: 1 } },
	});
	const answer = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
	const exited = new Promise((resolve) => server.process.once('exit', () => resolve('exited')));
	assert.deepEqual(await answerWithin(Promise.race([answer, exited]), 'an outline after the refused requests'), []);
	await server.close();
});
