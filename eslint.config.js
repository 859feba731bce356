import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

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
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '.ci/**', '*.config.*', 'test/server/**'],
    rules: { 'no-console': 'off' },
  },
);
