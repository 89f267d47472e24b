/** autocannon ships no types; its result is read and checked field by field in bench-load.ts. */
declare module 'autocannon' {
  export default function autocannon(options: Record<string, unknown>): Promise<unknown>;
}
