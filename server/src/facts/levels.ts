/** Classification levels in words and in order, for comparing what fields state. */
import { LEVELS } from '../data/markings';
import type { ClassificationLevel } from '../model/types';

export const levelName = (level: ClassificationLevel): string => LEVELS[level].name;

const RANKS: Readonly<Record<ClassificationLevel, number>> = { unclassified: 0, confidential: 1, secret: 2, topSecret: 3 };

export const levelRank = (level: ClassificationLevel): number => RANKS[level];
