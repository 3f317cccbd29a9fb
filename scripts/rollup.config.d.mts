// Types of rollup.config.mjs for the TypeScript tests that import it.
import type { OutputOptions, RollupOptions } from 'rollup';

type BuildConfig = RollupOptions & { output: OutputOptions };
export declare function workspaceDirs(): string[];
export declare function publicPackageDirs(): string[];
export declare function packageConfig(dir: string): BuildConfig | undefined;
export declare function cdnConfig(): BuildConfig;
export declare function classicCdnConfig(): BuildConfig;
declare const configs: BuildConfig[];
export default configs;
