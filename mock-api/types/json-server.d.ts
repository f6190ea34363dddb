// json-server 0.17 ships no types; these cover the parts Kontor uses.
declare module 'json-server' {
  import type { Express, RequestHandler } from 'express';
  export function create(): Express;
  export function defaults(options?: {
    logger?: boolean;
    static?: string;
    noCors?: boolean;
    noGzip?: boolean;
    readOnly?: boolean;
    bodyParser?: boolean;
  }): RequestHandler[];
  export const bodyParser: RequestHandler[];
  /** json-server's own REST router over a plain object (the conformance suite's example of a broken backend). */
  export function router(db: object): RequestHandler;
}
