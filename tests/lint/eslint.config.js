// ESLint for the project's JavaScript: the theme's browser scripts, the live-reload script of
// `wegwijzer serve` and the test JavaScript. Only the recommended correctness rules; no style
// rules (the code follows its own style, see the files). Paths are relative to the repository
// root, where `npm test` in tests/lint runs ESLint with this file.
import js from '@eslint/js';
import globals from 'globals';

// `catch (e) {}` with an unused e is how the ES5 theme scripts ignore an error (ESLint 8's
// default); `const { a, ...rest } = x` leaves out a on purpose.
const rules = { ...js.configs.recommended.rules, 'no-unused-vars': ['error', { caughtErrors: 'none', ignoreRestSiblings: true }] };

export default [
  { ignores: ['**/node_modules/**', 'build*/**', 'public/**'] },
  {
    files: ['themes/**/*.js', 'src/serve/livereload.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      // Plain scripts loaded with <script src>; the pure ones also load in Node (module, require).
      globals: { ...globals.browser, module: 'readonly', require: 'readonly' },
    },
    rules,
  },
  {
    files: ['tests/**/*.mjs', 'tests/lint/eslint.config.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      // Tests run in Node; page.evaluate() callbacks run in the browser.
      globals: { ...globals.node, ...globals.browser },
    },
    rules,
  },
];
