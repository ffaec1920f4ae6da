import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TransformSourceOptions, TransformSourceResult } from './transform-source';

export interface TransformJob {
  readonly id: number;
  readonly text: string;
  readonly file: string;
  /** Repairs that importers of this module asked for (decisions in other modules). */
  readonly importerRepairs?: TransformSourceOptions['importerRepairs'];
}

/** What each pool thread starts with. */
export interface TransformWorkerData {
  readonly options: TransformSourceOptions;
  /** Whether the thread runs under THREAD_HEAP_MB (false on a thread of its own for one file). */
  readonly heapBounded: boolean;
}

export interface TransformReply {
  readonly id: number;
  readonly result: TransformSourceResult;
}

/** Detects and rewrites one file's text, in this thread or in a worker's. */
export interface Transformer {
  transform(text: string, file: string, importerRepairs?: TransformJob['importerRepairs']): Promise<TransformSourceResult>;
  close(): Promise<void>;
}

/**
 * The built worker entry, next to the bundle that holds this code (`dist/`). Run from the
 * TypeScript sources there is none, and the files are transformed in this thread.
 */
function workerEntry(): string | undefined {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const entry = path.join(path.dirname(here), 'transform-worker.js');
  return here.endsWith('.ts') || !existsSync(entry) ? undefined : entry;
}

/** Loaded on first use: with a pool, the main thread never loads the parser, the analysis or ts-morph. */
let transformModule: Promise<typeof import('./transform-source')> | undefined;

function inThread(options: TransformSourceOptions): Transformer {
  return {
    async transform(text, file, importerRepairs) {
      const { transformSource } = await (transformModule ??= import('./transform-source'));
      return transformSource(text, file, { ...options, importerRepairs });
    },
    close: async () => {},
  };
}

/**
 * The old-generation heap of a pool thread. Without a bound, V8 lets each thread's heap grow far
 * past what one file needs before it collects (about 1 GiB per thread on large bundles, against a
 * working set under 300 MiB). A file that needs more is retried once on a thread of its own without
 * the bound.
 */
const THREAD_HEAP_MB = 384;

interface Pending {
  readonly job: TransformJob;
  readonly resolve: (result: TransformSourceResult) => void;
  readonly reject: (error: Error) => void;
}

interface PoolThread {
  readonly worker: Worker;
  current?: Pending;
}

/**
 * Up to `size` worker threads, started as work arrives. A thread that dies fails only the file it
 * was on; a new thread takes the next file.
 */
function workerPool(entry: string, size: number, options: TransformSourceOptions): Transformer {
  const threads = new Set<PoolThread>();
  const idle: PoolThread[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let closed = false;

  function start(): PoolThread {
    const thread: PoolThread = { worker: new Worker(entry, { workerData: { options, heapBounded: true } satisfies TransformWorkerData, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } }) };
    threads.add(thread);
    thread.worker.on('message', (reply: TransformReply) => {
      const pending = thread.current;
      thread.current = undefined;
      if (pending?.job.id === reply.id) pending.resolve(reply.result);
      release(thread);
    });
    const lost = (reason: string, outOfMemory = false) => {
      if (!threads.delete(thread)) return;
      const pending = thread.current;
      thread.current = undefined;
      const at = idle.indexOf(thread);
      if (at !== -1) idle.splice(at, 1);
      if (pending && outOfMemory && !closed) alone(pending);
      else pending?.reject(new Error(`the worker thread stopped while transforming this file (${reason}); no change was made`));
      if (!closed && queue.length > 0) release(start());
    };
    thread.worker.on('error', (error) => lost(error.message, (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    thread.worker.on('exit', (code) => lost(`exit code ${code}`));
    return thread;
  }

  /** One file on a thread of its own without the heap bound, after it ran out of memory in the pool. */
  function alone(pending: Pending): void {
    const worker = new Worker(entry, { workerData: { options, heapBounded: false } satisfies TransformWorkerData });
    let settled = false;
    const settle = (result: { value: TransformSourceResult } | { error: string }) => {
      if (settled) return;
      settled = true;
      if ('value' in result) pending.resolve(result.value);
      else pending.reject(new Error(`the worker thread stopped while transforming this file (${result.error}); no change was made`));
      void worker.terminate();
    };
    worker.on('message', (reply: TransformReply) => settle({ value: reply.result }));
    worker.on('error', (error) => settle({ error: error.message }));
    worker.on('exit', (code) => settle({ error: `exit code ${code}` }));
    worker.postMessage(pending.job);
  }

  function release(thread: PoolThread): void {
    const pending = queue.shift();
    if (!pending) {
      idle.push(thread);
      return;
    }
    thread.current = pending;
    thread.worker.postMessage(pending.job);
  }

  return {
    transform(text, file, importerRepairs) {
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: nextId++, text, file, importerRepairs }, resolve, reject });
        const thread = idle.pop() ?? (threads.size < size ? start() : undefined);
        if (thread) release(thread);
      });
    },
    async close() {
      closed = true;
      const all = [...threads];
      threads.clear();
      await Promise.all(all.map((thread) => thread.worker.terminate()));
    },
  };
}

/**
 * `workers` threads transform files (1: this thread). Without a built worker entry (the sources
 * run directly, as in the unit tests) this thread does all the work.
 */
export function createTransformer(workers: number, options: TransformSourceOptions): Transformer {
  const entry = workers > 1 ? workerEntry() : undefined;
  return entry ? workerPool(entry, workers, options) : inThread(options);
}
