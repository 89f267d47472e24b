// Worker threads do not inherit tsx's TypeScript loader from the process that starts them: register
// it, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
