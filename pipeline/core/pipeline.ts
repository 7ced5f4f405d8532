/**
 * The processor contract (after spaCy): a pipeline is an ordered list of named stages, each
 * built once from a small JSON-able config, each declaring the layers it requires and
 * assigns. Order is checked when the pipeline is built, so a misordered pipeline fails
 * before the first document, not halfway through an archive. Once built, the pipeline is
 * frozen: running it never changes its configuration.
 */
import { createDoc, type Doc, type InputDocument, type LayerName } from './document.js';

/** A built stage; what it requires and assigns is declared once, on its factory. */
export interface Stage {
  readonly name: string;
  /** Adds this stage's layers to the document. Must not touch `doc.text`. */
  run(doc: Doc): void;
}

export interface StageFactory<C extends object = Record<string, unknown>> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  /** German analysis stages leave non-German documents alone (their layers stay empty). */
  readonly germanOnly: boolean;
  readonly defaults: Readonly<C>;
  create(config: C): Stage;
}

export interface StageSpec {
  name: string;
  config?: Record<string, unknown>;
}
export interface PipelineConfig {
  stages: Array<string | StageSpec>;
}

export class PipelineConfigError extends Error {
  override name = 'PipelineConfigError';
}

/** A stage threw: the document is failed (with the stage named), the batch goes on. */
export class StageError extends Error {
  override name = 'StageError';
  constructor(
    readonly docId: string,
    readonly stage: string,
    override readonly cause: unknown,
  ) {
    super(`document '${docId}': stage '${stage}' failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export interface Pipeline {
  readonly stageNames: readonly string[];
  readonly config: Readonly<PipelineConfig>;
  /** Runs every stage over one document. Throws StageError if a stage breaks. */
  process(input: InputDocument): Doc;
}

interface BuiltStage {
  stage: Stage;
  germanOnly: boolean;
}

interface CheckedStage {
  factory: StageFactory<any>;
  config: Readonly<Record<string, unknown>>;
}

/**
 * Checks a configuration without building anything: every stage known, every required layer
 * assigned by an earlier stage, no layer assigned twice, no unknown option. Building a stage
 * loads its lexicons, which a process that only hands documents to worker threads must not
 * pay for (memory), so the CLI checks with this before any worker starts.
 */
export function checkPipeline(
  config: PipelineConfig,
  registry: ReadonlyMap<string, StageFactory<any>>,
): CheckedStage[] {
  const checked: CheckedStage[] = [];
  const available = new Set<LayerName>();
  const assignedBy = new Map<LayerName, string>();
  for (const entry of config.stages) {
    const spec: StageSpec = typeof entry === 'string' ? { name: entry } : entry;
    const factory = registry.get(spec.name);
    if (!factory) {
      throw new PipelineConfigError(
        `unknown stage '${spec.name}' (known: ${[...registry.keys()].join(', ')})`,
      );
    }
    for (const need of factory.requires) {
      if (!available.has(need)) {
        throw new PipelineConfigError(
          `stage '${factory.name}' requires layer '${need}', which no earlier stage assigns`,
        );
      }
    }
    for (const out of factory.assigns) {
      const previous = assignedBy.get(out);
      if (previous) {
        throw new PipelineConfigError(`layer '${out}' is assigned by both '${previous}' and '${factory.name}'`);
      }
      assignedBy.set(out, factory.name);
      available.add(out);
    }
    const unknownKeys = Object.keys(spec.config ?? {}).filter((k) => !(k in factory.defaults));
    if (unknownKeys.length > 0) {
      throw new PipelineConfigError(`stage '${factory.name}': unknown option(s) ${unknownKeys.join(', ')}`);
    }
    checked.push({ factory, config: Object.freeze({ ...factory.defaults, ...spec.config }) });
  }
  return checked;
}

export function buildPipeline(
  config: PipelineConfig,
  registry: ReadonlyMap<string, StageFactory<any>>,
): Pipeline {
  const built: BuiltStage[] = checkPipeline(config, registry).map(({ factory, config: stageConfig }) => ({
    stage: factory.create(stageConfig),
    germanOnly: factory.germanOnly,
  }));
  const frozenConfig = structuredClone(config);
  deepFreeze(frozenConfig);

  return Object.freeze({
    stageNames: Object.freeze(built.map((b) => b.stage.name)),
    config: frozenConfig,
    process(input: InputDocument): Doc {
      const doc = createDoc(input);
      for (const { stage, germanOnly } of built) {
        if (germanOnly && doc.notGerman) continue;
        try {
          stage.run(doc);
        } catch (error) {
          throw new StageError(doc.id, stage.name, error);
        }
      }
      return doc;
    },
  });
}

function deepFreeze(value: unknown): void {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
}
