/** The library API: build a pipeline once, then turn documents into output records. */
import { buildPipeline, checkPipeline, type Pipeline, type PipelineConfig } from './core/pipeline.js';
import { STAGES, DEFAULT_PIPELINE } from './stages/index.js';

export { buildPipeline, checkPipeline, PipelineConfigError, StageError } from './core/pipeline.js';
export type { Pipeline, PipelineConfig, Stage, StageFactory, StageSpec } from './core/pipeline.js';
export type { Doc, InputDocument, Layers, LayerName } from './core/document.js';
export { extractDocument, DEFAULT_MAX_CHARS, type Outcome, type DocumentFailure } from './core/extract.js';
export { toRecord } from './core/record.js';
export { TextSpan, span } from './core/span.js';
export { OutputRecord, SCHEMA_VERSION, recordJsonSchema } from './schema/record.js';
export { STAGES, DEFAULT_PIPELINE } from './stages/index.js';

/** The default German pipeline, built and frozen. */
export function createPipeline(config: PipelineConfig = DEFAULT_PIPELINE): Pipeline {
  return buildPipeline(config, STAGES);
}

/** Checks a configuration against the registered stages without building them (throws PipelineConfigError). */
export function validatePipelineConfig(config: PipelineConfig = DEFAULT_PIPELINE): void {
  checkPipeline(config, STAGES);
}
