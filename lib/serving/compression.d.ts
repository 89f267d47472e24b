/**
 * The part of the `compression` middleware (expressjs/compression) the HTTP layer uses: it works
 * on Node's own request and response, so Express's types (@types/compression) are not needed.
 */
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default function compression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
