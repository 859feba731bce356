import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'site/',
      'examples/eleventy/_site/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      // A cycle through `import type` is still a cycle between modules: the shared types belong
      // in a module of their own.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // @open-wc/semantic-dom-diff types chai's equal() as returning a promise (for dom.equal);
      // plain expect(...).to.equal(...) is synchronous.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }],
        },
      ],
    },
  },
  {
    // JavaScript is linted without type information. scripts/ and bench/ are type-checked by tsc
    // through their JSDoc (scripts/tsconfig.json, bench/tsconfig.json). In bench/, parameters
    // without a JSDoc type are still `any`: the no-unsafe-* rules would flag every use of one. Type
    // those parameters, then lint these folders with type information too.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Lit calls a template's event listeners with `this` set to the host element, so
    // `@click=${this.handleClick}` is bound; the rule cannot see that.
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests keep a prototype's methods (`const { setItem } = Storage.prototype`) to put them back.
      '@typescript-eslint/unbound-method': 'off',
      // Tests read what the page stored or served (JSON.parse, response.json(): `any`) and check its
      // shape with expect() at run time, which is the point of the test; typing each read would only
      // restate the assertion.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // TypeScript's include never reached into .storybook/ (only manifest.ts is checked, through the
    // stories that import it): these files are in no project yet. Storybook's owner brings them in.
    files: ['.storybook/**'],
    ignores: ['.storybook/manifest.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Compiled against the built package by `npm run test:types`, after the build; lint runs before it.
    files: ['test/package/types/**', 'test/package/types-entries/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'bench/**', '.ci/**', '*.config.*', 'test/server/**'],
    rules: { 'no-console': 'off' },
  },
);
