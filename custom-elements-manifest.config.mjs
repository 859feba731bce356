export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.ts'],
  outdir: '.',
  litelement: true,
};
