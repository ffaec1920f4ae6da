/**
 * One thread of the codemod's pool: detects and rewrites the files the main thread hands it, with
 * its own parser and ts-morph project. Built as its own entry (`dist/transform-worker.js`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { transformSource } from './transform-source';
import type { TransformJob, TransformReply, TransformWorkerData } from './transform-pool';

/** Tests only: this worker exits abruptly on the file whose path ends with this, as a crash would. */
const CRASH_ON = process.env.CORS_CODEMOD_TEST_WORKER_CRASH_ON;
/** Tests only: on a heap-bounded thread, this file fills the heap, as a file too large for the bound would. */
const EXHAUST_HEAP_ON = process.env.CORS_CODEMOD_TEST_WORKER_EXHAUST_HEAP_ON;

function exhaustHeap(): never {
  const held: number[][] = [];
  for (;;) held.push(Array.from({ length: 1 << 16 }, (_, index) => index));
}

const { options, heapBounded } = workerData as TransformWorkerData;
parentPort!.on('message', (job: TransformJob) => {
  if (CRASH_ON && job.file.endsWith(CRASH_ON)) process.exit(70);
  if (EXHAUST_HEAP_ON && job.file.endsWith(EXHAUST_HEAP_ON) && heapBounded) exhaustHeap();
  const reply: TransformReply = { id: job.id, result: transformSource(job.text, job.file, { ...options, importerRepairs: job.importerRepairs }) };
  parentPort!.postMessage(reply);
});
