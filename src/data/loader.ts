import { safeUrl } from './url.js';

/** Why film data could not be loaded. */
export type FilmLoadErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'shape' | 'too-large' | 'api';

/** A failed load: its kind, the URL, the HTTP status when there was one, and a message for humans. */
export class FilmLoadError extends Error {
  constructor(
    readonly kind: FilmLoadErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FilmLoadError';
  }
}

export interface LoadOptions {
  /** Stops waiting; the request itself is cancelled once nobody else waits for it. */
  signal?: AbortSignal;
  /** Milliseconds to wait before a `timeout` error. Default 10,000; zero, negative or NaN mean the default. */
  timeout?: number;
  /** Used instead of the global `fetch`: to add headers, go through a proxy or use the app's own cache. */
  fetch?: typeof fetch;
  /** Bodies above this many bytes fail with `too-large`. Default 1 MB (1,048,576 bytes). */
  maxBytes?: number;
}

interface Entry {
  promise: Promise<unknown>;
  fetcher: typeof fetch;
  controller: AbortController;
  waiting: number;
  settled?: boolean;
}

/** Responses shared per URL, least recently used first. */
const cache = new Map<string, Entry>();
const CACHE_SIZE = 100;

/**
 * Requests in flight per origin; the rest wait their turn. Browsers run about six at a time per
 * HTTP/1.1 host anyway, but refuse new ones outright (Chrome: net::ERR_INSUFFICIENT_RESOURCES)
 * once a page has a few hundred outstanding, as 500 eager cards changing `src` produce. A request
 * cancelled while waiting here is never sent.
 */
const PARALLEL = 8;
const origins = new Map<string, { running: number; waiting: (() => void)[] }>();

/** Waits for a free slot for `origin` (rejecting if `signal` aborts first); resolves to the function that frees it. */
function slot(origin: string, signal: AbortSignal): Promise<() => void> {
  const queue = origins.get(origin) ?? { running: 0, waiting: [] };
  origins.set(origin, queue);
  const take = () => {
    queue.running++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      queue.running--;
      queue.waiting.shift()?.();
      if (!queue.running && !queue.waiting.length) origins.delete(origin);
    };
  };
  if (queue.running < PARALLEL) return Promise.resolve(take());
  return new Promise((resolve, reject) => {
    const start = () => {
      signal.removeEventListener('abort', cancel);
      resolve(take());
    };
    const cancel = () => {
      queue.waiting.splice(queue.waiting.indexOf(start) >>> 0, 1);
      reject(signal.reason);
    };
    queue.waiting.push(start);
    signal.addEventListener('abort', cancel, { once: true });
  });
}

/** Forgets every loaded response, so the next load of each URL asks the server again. */
export function clearFilmCache(): void {
  cache.clear();
}

/**
 * Loads and parses JSON. Every caller asking for the same URL (with the same fetch function)
 * shares one request while it runs and its parsed result afterwards (the last 100 URLs are kept);
 * failures are not kept, so asking again retries. Aborting one caller's `signal` never cancels
 * the request for the others. At most 8 requests per origin run at once; the others wait their
 * turn, within their timeout. Rejects with a `FilmLoadError`, or with the signal's reason when aborted.
 */
export function loadFilmJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal, fetch: fetcher = fetch, maxBytes = 1_048_576 } = options;
  const timeout = options.timeout! > 0 ? Math.min(options.timeout!, 2 ** 31 - 1) : 10_000;
  const href = safeUrl(url);
  if (!href)
    return Promise.reject(new FilmLoadError('network', String(url), `"${url}" is not an http(s) URL.`));

  let entry = cache.get(href);
  if (entry?.fetcher !== fetcher) entry = request(href, fetcher, maxBytes);
  cache.delete(href);
  cache.set(href, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  const shared = entry;
  shared.waiting++;

  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      if (--shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (cache.get(href) === shared) cache.delete(href);
      }
      settle();
    };
    const abort = () => finish(() => reject(signal!.reason));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new FilmLoadError('timeout', href, `${href} did not answer within ${timeout / 1000} s.`)),
        ),
      timeout,
    );
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    shared.promise.then(
      (json) => finish(() => resolve(json)),
      (error) => finish(() => reject(error)),
    );
  });
}

function request(href: string, fetcher: typeof fetch, maxBytes: number): Entry {
  const controller = new AbortController();
  const fail = (kind: FilmLoadErrorKind, message: string, status?: number) =>
    new FilmLoadError(kind, href, message, status);
  const tooLarge = () => fail('too-large', `${href} is larger than ${Math.round(maxBytes / 1024)} KB.`);
  const load = async () => {
    let text = '';
    let release: (() => void) | undefined;
    try {
      release = await slot(new URL(href).origin, controller.signal);
      const response = await fetcher(href, {
        signal: controller.signal,
        headers: { accept: 'application/json, application/ld+json' },
      });
      if (!response.ok) throw fail('http', `${href} answered HTTP ${response.status}.`, response.status);
      if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
      // Content-Length may be absent or wrong: count the bytes as they arrive too.
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      for (let size = 0, chunk; reader && !(chunk = await reader.read()).done;) {
        if ((size += chunk.value.byteLength) > maxBytes) throw tooLarge();
        text += decoder.decode(chunk.value, { stream: true });
      }
      text = reader ? text + decoder.decode() : await response.text();
    } catch (error) {
      const failure =
        error instanceof FilmLoadError || controller.signal.aborted
          ? error
          : fail('network', `Could not reach ${href}.`);
      // Stops a download still running: an unread error page, the rest of an oversized body.
      controller.abort();
      throw failure;
    } finally {
      release?.();
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw fail(
        'parse',
        /^\s*</.test(text) ? `${href} returned a web page, not JSON.` : `${href} did not return valid JSON.`,
      );
    }
  };
  const entry: Entry = { promise: load(), fetcher, controller, waiting: 0 };
  entry.promise.then(
    () => (entry.settled = true),
    () => {
      entry.settled = true;
      if (cache.get(href) === entry) cache.delete(href);
    },
  );
  return entry;
}
