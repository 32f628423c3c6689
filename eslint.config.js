// @ts-check
/**
 * ESLint (flat config): typescript-eslint's strict and stylistic type-checked rules over src/,
 * test/, scripts/ and bin/ (`npm run lint`). The few rules turned off or tuned below are where the
 * codebase differs on purpose; each says why.
 */
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'bench/**', 'data/**', 'coverage/**', '*.config.ts', '*.config.js'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // tsconfig has noUncheckedIndexedAccess, so every indexed read is `T | undefined`; inside
      // loops bounded by the array's own length (hot paths over arrays and typed arrays) the code
      // asserts with `!` rather than paying for a check that cannot fail.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Messages, tables and markup interpolate counts and sizes; a number in a template is
      // well-defined. Booleans, nullish values, objects and `any` stay refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // One-expression arrow callbacks (`(chunk) => chunks.push(chunk)`, `() => resolve()`) are the
      // house style for event handlers; a void value returned from them is never used.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Control characters are matched on purpose: terminal-escape stripping, ASCII checks, NUL and
      // C0/C1 filtering of untrusted text.
      'no-control-regex': 'off',
      // `||` on strings is meant where an empty string counts as missing (`title.trim() || id`).
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // A key is left out of a record by destructuring it away: `const { text: _text, ...rest } = doc`.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // wink-nlp's `its.*` helpers are plain functions passed as item accessors (`tokens.out(its.value)`),
    // never called on `its`; wink's typings declare them as methods, which this rule reads as unbound.
    files: ['src/analyze/**/*.ts', 'test/analyze/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Test doubles implement Promise-returning interfaces as `async () => value`.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // bin/ is plain JavaScript outside the TypeScript project: the rules that need types are off there.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: globals.node } },
);
