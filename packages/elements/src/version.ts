// Written by scripts/elements-version.mjs from package.json: do not edit.
/** The version of `@xinghui/elements` this copy was built from. */
export const VERSION = '0.0.0';
