/**
 * A worker thread for the content checker: runs phase 1 (`analyseArticle`) on the batches of file
 * texts it is sent and posts the results back. Started by lib/checks/runner.ts through
 * worker.mjs, which lets a worker load TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from './article-rules';

parentPort?.on('message', (message: { start: number; texts: string[] }) => {
  parentPort?.postMessage({ start: message.start, results: message.texts.map((text) => analyseArticle(text)) });
});
