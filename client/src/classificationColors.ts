/**
 * Classification colours (issue 20): a band across each banner line and a tint behind each
 * portion mark, in the theme colours `cable.classification.<level>.foreground` / `.background`.
 *
 * They are editor decorations, not token colours: VS Code replaces `editor.tokenColorCustomizations`
 * as a whole, so a user with token rules of their own (or another extension contributing that
 * default) would lose every classification colour; a theme or a user's token rules cannot reach
 * a decoration, and a band across the line tells a banner from a keyword by more than its hue.
 * The client has no model: the server answers where the markings are (CLASSIFICATION_MARKS_REQUEST).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
	CLASSIFICATION_MARKS_REQUEST,
	type ClassificationMark,
	type ClassificationMarks,
	type ClassificationMarksParams,
} from '../../server/src/lsp/classificationMarksRequest';
import type { ClassificationLevel } from '../../server/src/model/types';
import { readClassificationColorSettings } from '../../server/src/settings';

const LEVELS: readonly ClassificationLevel[] = ['unclassified', 'confidential', 'secret', 'topSecret'];

/** Typing is not interrupted by a request per keystroke; the colours follow within this pause. */
const REFRESH_DELAY_MS = 150;

const themeColor = (level: ClassificationLevel, part: 'foreground' | 'background') =>
	new vscode.ThemeColor(`cable.classification.${level}.${part}`);

/** The three ways a level is painted: the banner's band, the banner's words, a portion mark. */
interface LevelDecorations {
	readonly band: vscode.TextEditorDecorationType;
	readonly bannerText: vscode.TextEditorDecorationType;
	readonly portion: vscode.TextEditorDecorationType;
}

function levelDecorations(level: ClassificationLevel): LevelDecorations {
	return {
		band: vscode.window.createTextEditorDecorationType({
			isWholeLine: true,
			backgroundColor: themeColor(level, 'background'),
			// The scroll bar shows where the banners are, as it shows search results.
			overviewRulerColor: themeColor(level, 'foreground'),
			overviewRulerLane: vscode.OverviewRulerLane.Left,
		}),
		bannerText: vscode.window.createTextEditorDecorationType({ color: themeColor(level, 'foreground'), fontWeight: 'bold' }),
		portion: vscode.window.createTextEditorDecorationType({
			color: themeColor(level, 'foreground'),
			backgroundColor: themeColor(level, 'background'),
			fontWeight: 'bold',
			borderRadius: '3px',
		}),
	};
}

export class ClassificationColors implements vscode.Disposable {
	private readonly decorations = new Map(LEVELS.map((level) => [level, levelDecorations(level)]));
	private readonly pending = new Map<vscode.TextDocument, ReturnType<typeof setTimeout>>();
	private readonly subscriptions: vscode.Disposable[];

	constructor(
		private readonly client: BaseLanguageClient,
		private readonly languageId: string,
	) {
		this.subscriptions = [
			vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.schedule(editor.document))),
			vscode.workspace.onDidChangeTextDocument(({ document }) => this.schedule(document)),
			// A file switched to the cable language is closed and opened again under it.
			vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document)),
			vscode.workspace.onDidChangeConfiguration((change) => {
				if (change.affectsConfiguration('cable.classificationColors')) this.refreshVisible();
			}),
		];
		this.refreshVisible();
	}

	refreshVisible(): void {
		for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document);
	}

	/**
	 * Asks once the document has been quiet for a moment; the wait also lets the client send the
	 * document to the server (didOpen, didChange) before the request that reads it.
	 */
	private schedule(document: vscode.TextDocument): void {
		clearTimeout(this.pending.get(document));
		this.pending.set(
			document,
			setTimeout(() => {
				this.pending.delete(document);
				void this.refresh(document);
			}, REFRESH_DELAY_MS),
		);
	}

	private async refresh(document: vscode.TextDocument): Promise<void> {
		const editors = () => vscode.window.visibleTextEditors.filter((editor) => editor.document === document);
		if (editors().length === 0) return;
		const settings = readClassificationColorSettings(vscode.workspace.getConfiguration('cable', document.uri).get('classificationColors'));
		const wanted = document.languageId === this.languageId && (settings.banners || settings.portionMarks);
		const version = document.version;
		const marks = wanted ? await this.request(document) : undefined;
		// An answer for an older version would put the colours on the wrong lines: the next refresh has the right ones.
		if (document.version !== version) return;
		const shown: ClassificationMarks = {
			banners: settings.banners ? (marks?.banners ?? []) : [],
			portions: settings.portionMarks ? (marks?.portions ?? []) : [],
		};
		for (const editor of editors()) this.apply(editor, shown);
	}

	private async request(document: vscode.TextDocument): Promise<ClassificationMarks | undefined> {
		const params: ClassificationMarksParams = { textDocument: { uri: this.client.code2ProtocolConverter.asUri(document.uri) } };
		try {
			return await this.client.sendRequest<ClassificationMarks>(CLASSIFICATION_MARKS_REQUEST, params);
		} catch {
			// A server that is starting, restarting or has stopped: no colours rather than an error.
			return undefined;
		}
	}

	private apply(editor: vscode.TextEditor, marks: ClassificationMarks): void {
		for (const [level, decorations] of this.decorations) {
			const banners = ranges(marks.banners, level);
			editor.setDecorations(decorations.band, banners);
			editor.setDecorations(decorations.bannerText, banners);
			editor.setDecorations(decorations.portion, ranges(marks.portions, level));
		}
	}

	dispose(): void {
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
		for (const subscription of this.subscriptions) subscription.dispose();
		for (const decorations of this.decorations.values())
			Object.values(decorations).forEach((type: vscode.TextEditorDecorationType) => type.dispose());
	}
}

function ranges(marks: readonly ClassificationMark[], level: ClassificationLevel): vscode.Range[] {
	return marks
		.filter((mark) => mark.level === level)
		.map(({ range }) => new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
}
