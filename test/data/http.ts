// Helpers for tests that load over real HTTP from the test server (test/server/routes.mjs).

let counter = 0;

/** The path with a query no other test uses, so shared caches and hit counts never mix between tests. */
export function unique(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}case=${Date.now().toString(36)}-${++counter}`;
}

/** How many times the server was asked for `path` (exactly as requested), and how many of those the client cancelled. */
export async function hits(path: string): Promise<{ count: number; aborted: number }> {
  const response = await fetch(`/api/hits?path=${encodeURIComponent(path)}`);
  return response.json();
}

/** A fixture's parsed JSON. */
export async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/api/fixture/${name}.json`);
  return response.json();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
