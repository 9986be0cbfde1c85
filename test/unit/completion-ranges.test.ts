import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { fixedClockService } from '../helpers/completion';
import { seedText } from '../helpers/corpus';
import { doc } from '../helpers/documents';

describe('completion edit ranges', () => {
	it('lie inside the document on every line of the seed, at its start, middle, end and past it', () => {
		const text = seedText();
		const lines = text.split('\n');
		const service = fixedClockService();
		const document = doc(text);
		let answered = 0;
		lines.forEach((line, index) => {
			for (const character of [0, line.length >> 1, line.length, line.length + 40]) {
				const list = service.getCompletion(document, { line: index, character });
				if (list.items.length > 0) answered++;
				assert.ok(list.items.length <= 200);
				for (const item of list.items) {
					const { range } = item.textEdit as TextEdit;
					assert.equal(range.start.line, index);
					assert.equal(range.end.line, index);
					assert.ok(
						range.start.character <= range.end.character && range.end.character <= line.length,
						`${item.label} at ${index}:${character}`,
					);
				}
			}
		});
		assert.ok(answered > 20, `only ${answered} positions answered`);
		assert.deepEqual(
			service
				.getCompletion(document, { line: lines.length + 5, character: 3 })
				.items.every((item) => (item.textEdit as TextEdit).range.end.line < lines.length),
			true,
		);
	});
});
