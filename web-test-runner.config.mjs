import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.mjs';
import { reactEsm } from './test/react/react-esm.mjs';
import { heapPlugin } from './test/hardening/heap-plugin.mjs';
import { apiRoutes } from './test/server/routes.mjs';
import { ssrRoutes } from './test/ssr/server.mjs';
import { fixtureRoutes } from './test/server/fixture-routes.mjs';
import { makerRoutes } from './test/maker/routes.mjs';
import { cdnRoutes } from './test/bundle/routes.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    reactEsm(),
    heapPlugin(),
    // What a screen reader is given: the accessibility tree, as the browser computes it.
    a11ySnapshotPlugin(),
  ],
  middleware: [apiRoutes, ssrRoutes, fixtureRoutes, makerRoutes, cdnRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      // Each test file gets its own browser context, so files that use localStorage can run side by side.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => context.close().catch(() => {}));
        return page;
      },
    }),
  ],
  // Lit's dev-mode banner repeats in every test file and says nothing about the test.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 240_000,
};
