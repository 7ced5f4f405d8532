/**
 * The stages wortlaut knows, and the default pipeline. Adding a stage: give it a folder
 * under stages/, register its factory here, and add it to DEFAULT_PIPELINE in order.
 */
import type { PipelineConfig, StageFactory } from '../core/pipeline.js';
import { entitiesStage } from './entities/index.js';
import { languageStage } from './language/index.js';
import { numbersStage } from './numbers/index.js';
import { quotesStage } from './quotes/index.js';
import { sentencesStage } from './sentences/index.js';
import { stanceStage } from './stance/index.js';
import { tokensStage } from './tokens/index.js';

export const STAGES: ReadonlyMap<string, StageFactory<any>> = new Map<string, StageFactory<any>>([
  [languageStage.name, languageStage],
  [sentencesStage.name, sentencesStage],
  [tokensStage.name, tokensStage],
  [entitiesStage.name, entitiesStage],
  [quotesStage.name, quotesStage],
  [numbersStage.name, numbersStage],
  [stanceStage.name, stanceStage],
]);

export const DEFAULT_PIPELINE: PipelineConfig = {
  stages: ['language', 'sentences', 'tokens', 'entities', 'quotes', 'numbers', 'stance'],
};
