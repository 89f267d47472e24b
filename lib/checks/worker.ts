/**
 * A worker thread for the content checker: runs phase 1 (`analyseDocument`: an article, a live blog
 * or an entry) on the batches of files it is sent and posts the results back. Started by
 * lib/checks/runner.ts through worker.mjs, which lets a worker load TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { analyseDocument, type DocumentKind } from './live-rules';

parentPort?.on('message', (message: { start: number; jobs: { kind: DocumentKind; text: string }[] }) => {
  parentPort?.postMessage({
    start: message.start,
    results: message.jobs.map((job) => analyseDocument(job.kind, job.text)),
  });
});
