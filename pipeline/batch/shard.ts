/**
 * Sharding across machines: a document belongs to shard `fnv1a32(utf8(id)) mod N`. The hash
 * depends only on the id, so every machine agrees on the partition without talking to the
 * others, and the N shards together are exactly the archive. Input failures (an invalid
 * JSONL line) are sharded by the name they are reported under (file:line), so each is
 * reported by exactly one shard.
 */
import { UsageError } from '../cli/exit.js';

export interface Shard {
  /** 0-based index of this shard. */
  index: number;
  /** Number of shards. */
  count: number;
}

const encoder = new TextEncoder();

/** FNV-1a, 32 bit, over the UTF-8 bytes of the id: simple to reimplement in any language. */
export function shardHash(id: string): number {
  let hash = 0x811c9dc5;
  const bytes = encoder.encode(id);
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function inShard(id: string, shard: Shard): boolean {
  return shardHash(id) % shard.count === shard.index;
}

/** Environment variables read by `--shard auto`, in order of preference. */
export const SHARD_ENV = {
  /** Kubernetes Indexed Job: the pod's completion index (0-based). */
  k8sIndex: 'JOB_COMPLETION_INDEX',
  /** Count for Kubernetes (the Job's `completions`); or pass `--shard auto/N`. */
  count: 'WORTLAUT_SHARD_COUNT',
  /** AWS Batch array job: index (0-based) and size. */
  awsIndex: 'AWS_BATCH_JOB_ARRAY_INDEX',
  awsSize: 'AWS_BATCH_JOB_ARRAY_SIZE',
} as const;

/**
 * `K/N` (K counted from 0, as Kubernetes and AWS Batch count), `auto` or `auto/N`.
 * Throws UsageError with a message that says what is missing.
 */
export function parseShard(spec: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const auto = /^auto(?:\/(\d+))?$/.exec(spec);
  if (auto) {
    const k8s = env[SHARD_ENV.k8sIndex];
    const aws = env[SHARD_ENV.awsIndex];
    const rawIndex = k8s ?? aws;
    if (rawIndex === undefined || rawIndex === '') {
      throw new UsageError(`--shard auto: neither ${SHARD_ENV.k8sIndex} (Kubernetes Indexed Job) nor ${SHARD_ENV.awsIndex} (AWS Batch array job) is set`);
    }
    const rawCount = auto[1] ?? env[SHARD_ENV.count] ?? (k8s === undefined ? env[SHARD_ENV.awsSize] : undefined);
    if (rawCount === undefined || rawCount === '') {
      throw new UsageError(
        k8s !== undefined
          ? `--shard auto: the shard count is unknown; give --shard auto/N or set ${SHARD_ENV.count} (the Job's completions)`
          : `--shard auto: ${SHARD_ENV.awsSize} is not set; give --shard auto/N`,
      );
    }
    return checked(rawIndex, rawCount, spec);
  }
  const fixed = /^(\d+)\/(\d+)$/.exec(spec);
  if (!fixed) throw new UsageError(`--shard takes K/N (0 ≤ K < N), auto or auto/N, not '${spec}'`);
  return checked(fixed[1]!, fixed[2]!, spec);
}

function checked(rawIndex: string, rawCount: string, spec: string): Shard {
  const index = Number(rawIndex);
  const count = Number(rawCount);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--shard ${spec}: the count must be a whole number ≥ 1, not '${rawCount}'`);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new UsageError(`--shard ${spec}: the index must be a whole number from 0 to ${count - 1}, not '${rawIndex}'`);
  }
  return { index, count };
}
