import type { FoldingRange } from 'vscode-languageserver-types';
import type { CableModel } from '../model/types';

export function getFoldingRanges(_model: CableModel): FoldingRange[] {
	return [];
}
