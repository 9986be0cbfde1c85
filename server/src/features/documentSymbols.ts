import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { CableModel } from '../model/types';

export function getDocumentSymbols(_model: CableModel): DocumentSymbol[] {
	return [];
}
