// Types of ensure-built.mjs for the TypeScript tests that import it.
export declare function ensureBuilt(): void;
