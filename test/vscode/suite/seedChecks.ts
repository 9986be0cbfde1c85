/**
 * What VS Code must show for the seed cable 07TOKYO374 through the extension: its language,
 * its outline, its folds and hovers, asked through the same commands the editor uses.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Check } from './check';
import { lineMatching, openCable, positionOf, seedUri } from './documents';
import { eventually } from './eventually';

const SUBJECT = 'S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR NORTH AMERICAN AFFAIRS KAWAI';

/** The seed's topical sections and the numbered paragraphs under each. */
const SECTIONS: ReadonlyArray<readonly [string, readonly number[]]> = [
	['SIX PARTY TALKS', [3, 4, 5, 6]],
	['INDIA', [7, 8]],
	['CENTRAL ASIA', [9]],
	['RUSSIA', [10]],
	['CHINA', [11, 12, 13]],
];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toUpperCase();

async function documentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
	const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
		'vscode.executeDocumentSymbolProvider',
		document.uri,
	);
	return symbols ?? [];
}

/** One line per top-level symbol with its children's names, for failure messages. */
function describeOutline(symbols: readonly vscode.DocumentSymbol[]): string {
	if (symbols.length === 0) return 'the outline is empty';
	return symbols.map((symbol) => `${symbol.name} [${symbol.children.map((child) => child.name.slice(0, 12)).join(' | ')}]`).join('; ');
}

/** The numbered paragraphs among a section's children: `3. (C) Dr. Krasner…` gives 3. */
function paragraphNumbers(section: vscode.DocumentSymbol): number[] {
	return section.children.flatMap((child) => {
		const number = /\d+/.exec(child.name);
		return number ? [Number(number[0])] : [];
	});
}

async function foldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
	const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>(
		'vscode.executeFoldingRangeProvider',
		document.uri,
	);
	return ranges ?? [];
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
	const hovers = await vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', document.uri, position);
	return (hovers ?? [])
		.flatMap((hover) => hover.contents)
		.map((content) => (typeof content === 'string' ? content : content.value))
		.join('\n');
}

export const seedChecks: readonly Check[] = [
	{
		name: 'seed 07TOKYO374.txt opens in the cable language',
		run: async () => {
			await openCable(seedUri());
		},
	},
	{
		name: 'seed outline: metadata, header and the caption named by the subject',
		run: async () => {
			const document = await openCable(seedUri());
			await eventually(async () => {
				const symbols = await documentSymbols(document);
				const names = symbols.map((symbol) => normalise(symbol.name));
				const outline = describeOutline(symbols);
				assert.ok(
					names.some((name) => /METADATA|07TOKYO374/.test(name)),
					`no metadata symbol in: ${outline}`,
				);
				assert.ok(
					names.some((name) => /HEADER|TRANSMISSION/.test(name)),
					`no header symbol in: ${outline}`,
				);
				assert.ok(
					names.some((name) => name.includes(SUBJECT)),
					`no caption named "${SUBJECT}" in: ${outline}`,
				);
			});
		},
	},
	{
		name: 'seed outline: topical sections hold their numbered paragraphs',
		run: async () => {
			const document = await openCable(seedUri());
			await eventually(async () => {
				const symbols = await documentSymbols(document);
				for (const [title, paragraphs] of SECTIONS) {
					const section = symbols.find((symbol) => normalise(symbol.name).startsWith(title));
					assert.ok(section, `no top-level section "${title}" in: ${describeOutline(symbols)}`);
					assert.deepEqual(paragraphNumbers(section), paragraphs, `paragraphs under "${title}"`);
				}
			});
		},
	},
	{
		name: 'seed folding: a fold per numbered paragraph of several lines',
		run: async () => {
			const document = await openCable(seedUri());
			const paragraphLines: number[] = [];
			for (let line = 0; line < document.lineCount; line++) {
				if (/^\d+\.\s+\(/.test(document.lineAt(line).text)) paragraphLines.push(line);
			}
			assert.equal(paragraphLines.length, 13, 'the seed has 13 numbered paragraphs');
			// Paragraph 13 is one line (then the signature): nothing to fold.
			paragraphLines.pop();
			await eventually(async () => {
				const starts = new Set((await foldingRanges(document)).map((range) => range.start));
				const unfolded = paragraphLines.filter((line) => !starts.has(line)).map((line) => line + 1);
				assert.deepEqual(unfolded, [], `no fold starts at the paragraphs on lines ${unfolded.join(', ')} (1-based)`);
			});
		},
	},
	{
		name: 'seed folding: a fold per topical section',
		run: async () => {
			const document = await openCable(seedUri());
			const titleLines = SECTIONS.map(([title]) => lineMatching(document, new RegExp(`^${title}\\s*$`)));
			await eventually(async () => {
				const starts = new Set((await foldingRanges(document)).map((range) => range.start));
				// A section fold may start at its title or at the dashed rule above it.
				const unfolded = SECTIONS.filter((_, index) => !starts.has(titleLines[index]!) && !starts.has(titleLines[index]! - 1));
				assert.deepEqual(
					unfolded.map(([title]) => title),
					[],
					'sections without a fold',
				);
			});
		},
	},
	{
		name: 'seed hover: routing indicator RUEHKO names Embassy Tokyo',
		run: async () => {
			const document = await openCable(seedUri());
			const position = positionOf(document, /^DE RUEHKO\b/, 'RUEHKO');
			await eventually(async () => {
				const text = await hoverText(document, position);
				assert.match(text, /TOKYO/i, `hover on RUEHKO (DE line) says: ${JSON.stringify(text)}`);
			});
		},
	},
	{
		name: 'seed hover: tag PREL explains External Political Relations',
		run: async () => {
			const document = await openCable(seedUri());
			const position = positionOf(document, /^TAGS:/, 'PREL');
			await eventually(async () => {
				const text = await hoverText(document, position);
				assert.match(text, /Relations/, `hover on PREL (TAGS line) says: ${JSON.stringify(text)}`);
			});
		},
	},
];
