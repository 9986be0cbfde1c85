/**
 * The size limit, `cable.maxFileSize` (in MB): a document over it is declined. The server
 * keeps it in sync but `get` and `all` leave it out, so every feature answers as for a
 * document never opened, and the user is told once, for that document, which setting to
 * raise. Real cables are under 1 MB; a 50 MB bundle would cost seconds of parsing and
 * hundreds of MB of memory on every edit.
 */
import { type InitializeParams, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { plainText } from './plainText';
import { BYTES_PER_MB, cableSettings, DEFAULT_MAX_FILE_SIZE_MB, formatSize, megabytesSetting } from './settings';

/** What the limit needs from the LSP connection. */
interface SizeLimitHost {
	/** Pulls the `cable` settings section from the client. */
	fetchSettings(): Promise<unknown>;
	warn(message: string): void;
}

export class SizeLimitedDocuments extends TextDocuments<TextDocument> {
	private maxBytes = DEFAULT_MAX_FILE_SIZE_MB * BYTES_PER_MB;
	private canPullSettings = false;
	/** Whether each document is within the limit, for the version it was judged at. */
	private readonly verdicts = new Map<string, { readonly version: number; readonly within: boolean }>();
	private readonly warned = new Set<string>();
	/** Numbers the settings pulls: only the latest one's answer is applied. */
	private settingsRequests = 0;

	constructor(private readonly host: SizeLimitHost) {
		super(TextDocument);
		this.onDidChangeContent(({ document }) => this.judge(document));
		this.onDidClose(({ document }) => {
			this.verdicts.delete(document.uri);
			this.warned.delete(document.uri);
		});
	}

	initialize(params: InitializeParams): void {
		this.canPullSettings = params.capabilities.workspace?.configuration === true;
	}

	/** On `workspace/didChangeConfiguration`, with the settings it pushed (if any). */
	async configurationChanged(pushed: unknown): Promise<void> {
		const request = ++this.settingsRequests;
		const settings = await cableSettings(pushed, this.canPullSettings ? () => this.host.fetchSettings() : undefined);
		// Two quick changes may be answered out of order: the older answer must not undo the newer.
		if (request !== this.settingsRequests) return;
		this.maxBytes = megabytesSetting(settings?.maxFileSize, DEFAULT_MAX_FILE_SIZE_MB);
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
