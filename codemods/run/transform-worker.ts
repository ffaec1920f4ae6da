/**
 * One thread of the codemod's pool: detects and rewrites the files the main thread hands it, with
 * its own parser and ts-morph project. Built as its own entry (`dist/transform-worker.js`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { transformSource, type TransformSourceOptions } from './transform-source';
import type { TransformJob, TransformReply } from './transform-pool';

/** Tests only: this worker exits abruptly on the file whose path ends with this, as a crash would. */
const CRASH_ON = process.env.CORS_CODEMOD_TEST_WORKER_CRASH_ON;

const options = workerData as TransformSourceOptions;
parentPort!.on('message', (job: TransformJob) => {
  if (CRASH_ON && job.file.endsWith(CRASH_ON)) process.exit(70);
  const reply: TransformReply = { id: job.id, result: transformSource(job.text, job.file, { ...options, importerRepairs: job.importerRepairs }) };
  parentPort!.postMessage(reply);
});
