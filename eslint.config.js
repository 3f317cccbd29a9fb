// ESLint flat config. Deliberately NOT type-aware (no parserOptions.project): linting stays fast,
// and type errors are tsc's job (`tsc -b` runs first in `npm test`).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, generated docs and local data are not source (node_modules is always ignored).
  globalIgnores(['**/dist/', 'coverage/', 'docs/api/', 'docs/openapi.json', '.data/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    rules: {
      // `_name` marks a deliberately unused binding (callback args, destructuring rests).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  // Plain JS files here are Node scripts and configs. (TypeScript files need no globals:
  // typescript-eslint turns `no-undef` off for them because tsc checks names.)
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  // …except the demo platform's pages and the sandbox dashboard's, which are browser modules.
  {
    files: ['examples/*/src/public/**/*.js', 'packages/sandbox/dashboard/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
