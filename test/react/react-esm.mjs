// Serves React to the browser tests as ES modules. React publishes CommonJS only, which the test
// server does not convert. esbuild bundles React and ReactDOM once, into one module so that every
// import shares one React (two copies would break hooks and the root), and each import path gets
// a small module re-exporting its part under the names Node sees, so `import { createElement }`
// works as in an app's bundler.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const prefix = '/__react-esm__/';
/** Import path -> the name of its namespace in the shared bundle. */
const modules = {
  react: 'react',
  'react-dom': 'reactDom',
  'react-dom/client': 'reactDomClient',
  'react/jsx-runtime': 'jsxRuntime',
};
const identifier = /^[A-Za-z_$][\w$]*$/;

async function bundle() {
  const imports = Object.entries(modules).map(([path, name]) => `import * as ${name} from '${path}';`);
  const result = await build({
    stdin: {
      contents: `${imports.join('\n')}\nexport { ${Object.values(modules).join(', ')} };`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // The development build: its warnings (keys, act) are the ones a test wants to see.
    define: { 'process.env.NODE_ENV': '"development"' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * The names each module exports, read in a separate Node process: loading React's development
 * build here would patch the console that the test runner's own terminal output relies on.
 */
function exportedNames() {
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(modules))}.map((path) => [path, Object.keys(require(path))]))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), encoding: 'utf8' }));
}

let names;
function reexport(path) {
  names ??= exportedNames();
  const exported = names[path].filter((name) => name !== 'default' && identifier.test(name));
  return `import { ${modules[path]} as namespace } from '${prefix}vendor.js';
export default namespace.default ?? namespace;
export const { ${exported.join(', ')} } = namespace;
`;
}

/** A test-server plugin resolving `react`, `react-dom`, `react-dom/client` and `react/jsx-runtime`. */
export function reactEsm() {
  let vendor;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in modules) return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const path = context.path.slice(prefix.length, -'.js'.length);
      if (path === 'vendor') return { body: await (vendor ??= bundle()), type: 'js' };
      if (path in modules) return { body: reexport(path), type: 'js' };
    },
  };
}
