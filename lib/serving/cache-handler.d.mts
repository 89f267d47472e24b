/** Types for lib/serving/cache-handler.mjs (plain JavaScript: Next loads it outside the app bundle). */
export declare function isReplayable(value: unknown): boolean;
export declare function replayableOnly<
  Base extends abstract new (...args: never[]) => {
    get(...args: never[]): Promise<unknown>;
    set(...args: never[]): Promise<unknown>;
  },
>(base: Base): Base;
declare const CacheHandler: new (...args: never[]) => unknown;
export default CacheHandler;
