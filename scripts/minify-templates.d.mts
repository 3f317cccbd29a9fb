// Types of minify-templates.mjs for the TypeScript tests that import it.
import type { Plugin } from 'rollup';

export declare function squeezeCss(text: string): string;
export declare function squeezeHtml(parts: readonly string[]): string[];
export declare function minifyTemplates(): Plugin;
