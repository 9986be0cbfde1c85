/**
 * The size limit, `cable.maxFileSize` (in MB): a document over it is declined. The server
 * keeps it in sync but `get` and `all` leave it out, so every feature answers as for a
 * document never opened, and the user is told once, for that document, which setting to
 * raise. Real cables are under 1 MB; a 50 MB bundle would cost seconds of parsing and
 * hundreds of MB of memory on every edit.
 */
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CableSettings, DEFAULT_SETTINGS } from '../settings';
import { bytesOf, formatSize } from '../util/sizes';
import { plainText } from '../util/plainText';

/** What the limit needs from the LSP connection. */
interface SizeLimitHost {
	warn(message: string): void;
}

export class SizeLimitedDocuments extends TextDocuments<TextDocument> {
	private maxBytes = bytesOf(DEFAULT_SETTINGS.maxFileSize);
	/** Whether each document is within the limit, for the version it was judged at. */
	private readonly verdicts = new Map<string, { readonly version: number; readonly within: boolean }>();
	private readonly warned = new Set<string>();

	constructor(private readonly host: SizeLimitHost) {
		super(TextDocument);
		this.onDidChangeContent(({ document }) => this.judge(document));
		this.onDidClose(({ document }) => {
			this.verdicts.delete(document.uri);
			this.warned.delete(document.uri);
		});
	}

	/** The settings were read anew (`cable.maxFileSize` may have changed): every document is judged again. */
	settingsChanged(settings: CableSettings): void {
		this.maxBytes = bytesOf(settings.maxFileSize);
		this.verdicts.clear();
		for (const document of super.all()) this.judge(document);
	}

	/** The open document, unless it is over the limit. */
	override get(uri: string): TextDocument | undefined {
		const document = super.get(uri);
		return document && this.judge(document) ? document : undefined;
	}

	/** The open documents within the limit. */
	override all(): TextDocument[] {
		return super.all().filter((document) => this.judge(document));
	}

	/** Whether the document is within the limit; the first time it is not, the user is told. */
	private judge(document: TextDocument): boolean {
		let verdict = this.verdicts.get(document.uri);
		if (verdict?.version !== document.version) {
			verdict = { version: document.version, within: withinLimit(document.getText(), this.maxBytes) };
			this.verdicts.set(document.uri, verdict);
		}
		if (!verdict.within && !this.warned.has(document.uri)) {
			this.warned.add(document.uri);
			this.host.warn(overLimitMessage(document, this.maxBytes));
		}
		return verdict.within;
	}
}

/** UTF-8 takes one to three bytes per UTF-16 unit: only a text near the limit needs its bytes counted. */
function withinLimit(text: string, maxBytes: number): boolean {
	if (text.length > maxBytes) return false;
	return text.length * 3 <= maxBytes || Buffer.byteLength(text, 'utf8') <= maxBytes;
}

function fileName(uri: string): string {
	const last = uri.slice(uri.lastIndexOf('/') + 1) || uri;
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

function overLimitMessage(document: TextDocument, maxBytes: number): string {
	const size = Buffer.byteLength(document.getText(), 'utf8');
	return (
		`Cable: ${plainText(fileName(document.uri))} is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit of the "cable.maxFileSize" setting, ` +
		'so outline, folding, hovers and diagnostics are off for it. To work on it, raise "cable.maxFileSize" and reopen the file.'
	);
}
