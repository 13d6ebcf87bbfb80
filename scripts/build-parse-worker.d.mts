// Types for build-parse-worker.mjs, so the TypeScript test setup can import it.
export declare const PARSE_WORKER_ENTRY: string;
export declare function buildParseWorker(outfiles: string[], options?: { root?: string }): Promise<void>;
