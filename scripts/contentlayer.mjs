#!/usr/bin/env node
/**
 * `node scripts/contentlayer.mjs build|dev` — contentlayer2's own CLI, without Effect tracing.
 *
 * The contentlayer2 CLI switches on the execution tracing of its effect runtime (@effect-ts) before
 * anything else. Tracing keeps ring buffers of every step of every fibre and makes the content
 * build grow faster than linearly: 10,000 articles took ~180 s with it and ~50 s without it on a
 * 2-core machine. Tracing only enriches internal stack traces; contentlayer's errors are the same.
 *
 * The runtime reads the tracing switch once, when its module is first evaluated, so that module is
 * loaded here before the CLI (with tracing still off), and the global switch is turned back off
 * after the CLI has turned it on.
 *
 * `npm run content` (scripts/content-build.ts) runs it once per shard of the archive: contentlayer
 * holds every document of a run in memory and a single run passed 17 GB at 50,000 articles.
 */
await import('@effect-ts/system/Effect');
const { run } = await import('@contentlayer2/cli');
const { disableTracing } = await import('@effect-ts/system/Tracing/Global');
disableTracing();
await run();
