import { FilmApiError } from './adapters/types.js';
import { cacheKey, clearCache, readCache, writeCache } from './film-cache.js';
import { safeUrl } from './url.js';
import { followPlacement, placementOf } from './placement.js';
import { FilmLoadError, thrownText, type FilmLoadErrorKind } from './load-error.js';
import { own } from './readers.js';
import { serviceWords } from './adapters/read.js';

export interface LoadOptions<T = unknown> {
  /** Stops waiting; the request itself is cancelled once nobody else waits for it. */
  signal?: AbortSignal;
  /** Milliseconds to wait for the answer, counted from when the request is sent (not while it waits its turn). Default 10,000; zero, negative or NaN mean the default. */
  timeout?: number;
  /** Used instead of the global `fetch`: to add headers, go through a proxy or use the app's own cache. */
  fetch?: typeof fetch;
  /** Bodies above this many bytes fail with `too-large`. Default 1 MB (1,048,576 bytes). */
  maxBytes?: number;
  /**
   * Validates the parsed JSON (and receives the absolute URL it came from). Its result is what the
   * load resolves to, and is kept for the next caller with the same URL, fetch and adapt function;
   * when it throws, the load fails with kind `shape` and nothing is kept. Without `adapt` the JSON
   * is shared only while its request runs, never kept.
   */
  adapt?: (json: unknown, url: string) => T;
  /**
   * The element the data is for. Waiting requests start nearest to the viewport first, and one
   * whose elements have all left the page (or, with `lazy`, moved more than 3,000 px from the viewport) is
   * dropped before it is sent: its callers reject with an `AbortError`.
   */
  element?: Element;
  /** With `element`: the data is wanted only while the element is near the viewport. */
  lazy?: boolean;
  /** Asks the network even when a result is kept (what Retry does). */
  reload?: boolean;
}

/**
 * At most this many requests per origin are sent at once, as browsers run about six per HTTP/1.1
 * host: a request sent beyond them would wait inside the browser with its timeout running.
 */
export const PER_ORIGIN = 6;
/**
 * Beyond those, this many more per origin are handed to the browser ahead of their turn: it starts
 * each the moment a connection frees, while the page's main thread may be busy for a frame or more
 * (rendering the cards that just loaded) before the loader could send it. One per connection, so
 * that no connection idles through a busy spell as long as an answer takes: with half as many, a
 * page of cards scrolled at 16 a second over an origin answering in 300 ms fell behind the
 * reader. Their timeout starts when the loader counts them on a connection, as a request in its
 * turn would.
 */
export const AHEAD = PER_ORIGIN;
/**
 * At most this many requests are sent at once on the page: Chrome refuses new ones outright
 * (net::ERR_INSUFFICIENT_RESOURCES) once a page has a few hundred outstanding.
 */
export const PER_PAGE = 24;

/** How long an aborted request may hold its slot before it is freed, whether its fetch has settled or not (ms). */
const DEAF_FETCH_GRACE = 1000;

interface Waiter {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  timeout: number;
  signal?: AbortSignal;
  adapt?: (json: unknown, url: string) => unknown;
  element?: Element;
  lazy?: boolean;
  /** Stops listening to the caller's signal and timer. */
  release?: () => void;
}

/** One request shared by every caller of the same URL with the same fetch function. */
interface Request {
  href: string;
  origin: string;
  fetcher: typeof fetch;
  maxBytes: number;
  waiters: Set<Waiter>;
  controller: AbortController;
  state: 'queued' | 'sent' | 'done';
  /** Once sent: on one of the origin's connections (its timeout running), or ahead of its turn. */
  slot?: 'connection' | 'ahead';
  /** 0 on screen, 1 within reach, 2 beyond; -1 for a caller with no element (nothing to wait for). */
  rank: number;
}

/** Requests queued or sent, by URL. */
const requests = new Map<string, Request[]>();
const queue = new Set<Request>();
const running = new Map<string, number>();
/** Requests sent ahead of their turn, by origin, in the order sent (the order the browser starts them). */
const ahead = new Map<string, Request[]>();
let sent = 0;
let pumping = false;

/** Forgets every kept result, so the next load of each URL asks the server again. */
export function clearFilmCache(): void {
  clearCache();
}

/**
 * Loads and parses JSON, and validates it with `adapt` when given. Every caller asking for the
 * same URL with the same fetch function shares one request while it runs; a result `adapt`
 * validated is kept for later callers (up to 100 results and about 2 MB), while failures, raw
 * JSON and what `adapt` rejects never are, so asking again asks the server again. Aborting one
 * caller's `signal` never cancels the request for the others. At most 6 requests per origin run
 * at once, 6 more wait in the browser to start the moment a connection frees, and at most 24 are
 * sent on the page; the others wait their turn, nearest to the viewport first, and each timeout
 * starts when its request has a connection. Rejects with a `FilmLoadError`, or with the signal's
 * reason when aborted.
 */
export function loadFilmJson<T = unknown>(url: string, options: LoadOptions<T> = {}): Promise<T> {
  const { signal, fetch: fetcher = fetch, maxBytes = 1_048_576, adapt, element, lazy, reload } = options;
  const timeout = options.timeout! > 0 ? Math.min(options.timeout!, 2 ** 31 - 1) : 10_000;
  const href = safeUrl(url);
  if (!href)
    return Promise.reject(new FilmLoadError('network', String(url), `"${url}" is not an http(s) URL.`));
  // An abort rejects with the signal's reason, whatever it is, as fetch() does.
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (adapt && !reload) {
    const hit = readCache(cacheKey(href, fetcher, adapt));
    if (hit.found) return Promise.resolve(hit.value as T);
  }

  let request = requests.get(href)?.find((r) => r.fetcher === fetcher && r.state !== 'done');
  if (!request) {
    request = {
      href,
      origin: new URL(href).origin,
      fetcher,
      maxBytes,
      waiters: new Set(),
      controller: new AbortController(),
      state: 'queued',
      rank: 2,
    };
    requests.set(href, [...(requests.get(href) ?? []), request]);
    queue.add(request);
  }
  const shared = request;
  return new Promise<T>((resolve, reject) => {
    const waiter: Waiter = {
      resolve,
      reject,
      timeout,
      signal,
      adapt,
      element,
      lazy,
    };
    const abort = () => leave(shared, waiter, signal!.reason);
    signal?.addEventListener('abort', abort, { once: true });
    // Where the element stands comes from the viewport observers, never from reading layout.
    const unfollow = element && shared.state === 'queued' ? followPlacement(element, schedule) : undefined;
    waiter.release = () => {
      signal?.removeEventListener('abort', abort);
      unfollow?.();
    };
    shared.waiters.add(waiter);
    if (shared.slot === 'connection') startTimer(shared, waiter);
    schedule();
  });
}

/** Counts `waiter`'s timeout from now: the request has been sent. */
function startTimer(request: Request, waiter: Waiter): void {
  const signals = [AbortSignal.timeout(waiter.timeout)];
  if (waiter.signal) signals.unshift(waiter.signal);
  const both = AbortSignal.any(signals);
  const expire = () => {
    if (waiter.signal?.aborted) return; // reported by the caller's own abort listener
    const seconds = waiter.timeout / 1000;
    leave(
      request,
      waiter,
      new FilmLoadError('timeout', request.href, `${request.href} did not answer within ${seconds} s.`),
    );
  };
  both.addEventListener('abort', expire, { once: true });
  const release = waiter.release;
  waiter.release = () => {
    release?.();
    both.removeEventListener('abort', expire);
  };
}

/** One caller stops waiting; the request is dropped or cancelled once nobody waits for it. */
function leave(request: Request, waiter: Waiter, reason: unknown): void {
  if (!request.waiters.delete(waiter)) return;
  waiter.release?.();
  waiter.reject(reason);
  if (!request.waiters.size && request.state !== 'done') finish(request);
}

/** Takes the request out of the queue and the table, cancelling it if it is still running. */
function finish(request: Request): void {
  if (request.state === 'queued') queue.delete(request);
  request.controller.abort();
  request.state = 'done';
  const same = requests.get(request.href)?.filter((r) => r !== request);
  if (same?.length) requests.set(request.href, same);
  else requests.delete(request.href);
}

function schedule(): void {
  if (pumping) return;
  pumping = true;
  // Batched: the cards of one render all join the queue before the first one is chosen.
  queueMicrotask(pump);
}

/** Sends the waiting requests that have a free slot, nearest to the viewport first. */
function pump(): void {
  pumping = false;
  if (!queue.size || sent >= PER_PAGE) return;
  // Ranks as the viewport observers last reported, and drops what nobody on screen needs any more,
  // waiting here or in the browser.
  for (const request of [...queue, ...[...ahead.values()].flat()]) {
    request.rank = 2;
    for (const waiter of [...request.waiters]) {
      if (!waiter.element) {
        request.rank = -1; // a caller without an element: no reason to wait
        continue;
      }
      const { rank, inReach } = placementOf(waiter.element);
      if (!waiter.element.isConnected || (waiter.lazy && !inReach))
        leave(request, waiter, new DOMException('The element left the page or the viewport.', 'AbortError'));
      else request.rank = Math.min(request.rank, rank);
    }
  }
  while (sent < PER_PAGE) {
    let next: Request | undefined;
    for (const request of queue)
      if (
        ((running.get(request.origin) ?? 0) < PER_ORIGIN ||
          (ahead.get(request.origin)?.length ?? 0) < AHEAD) &&
        (!next || request.rank < next.rank)
      )
        next = request;
    if (!next) break;
    send(next);
  }
}

function send(request: Request): void {
  queue.delete(request);
  request.state = 'sent';
  sent++;
  const { origin } = request;
  if ((running.get(origin) ?? 0) < PER_ORIGIN) connect(request);
  else {
    request.slot = 'ahead';
    ahead.set(origin, [...(ahead.get(origin) ?? []), request]);
  }
  let freed = false;
  let grace: ReturnType<typeof setTimeout> | undefined;
  const free = () => {
    if (freed) return;
    freed = true;
    clearTimeout(grace);
    sent--;
    if (request.slot === 'connection') {
      const left = running.get(origin)! - 1;
      if (left) running.set(origin, left);
      else running.delete(origin);
      // The browser starts the first request sent ahead on the connection this one freed.
      const first = ahead.get(origin)?.[0];
      if (first) {
        leaveAhead(first);
        connect(first);
      }
    } else {
      // Ended before its turn: cancelled, or the origin has more connections than counted.
      leaveAhead(request);
    }
    schedule();
  };
  // An aborted request (timed out, or given up by every caller) frees its slot when its fetch
  // settles, as the browser's does at once; a host's fetcher that never hears the abort and never
  // settles gives it back a second later, instead of holding the origin's connection for good.
  request.controller.signal.addEventListener(
    'abort',
    () => {
      if (!freed) grace = setTimeout(free, DEAF_FETCH_GRACE);
    },
    { once: true },
  );
  download(request, free).then(
    (json) => settle(request, json, undefined),
    (error) => settle(request, undefined, error),
  );
}

/** Takes `request` off its origin's list of requests sent ahead of their turn. */
function leaveAhead(request: Request): void {
  const rest = ahead.get(request.origin)?.filter((other) => other !== request);
  if (rest?.length) ahead.set(request.origin, rest);
  else ahead.delete(request.origin);
}

/** Counts `request` on one of its origin's connections, and starts its callers' timeouts. */
function connect(request: Request): void {
  request.slot = 'connection';
  running.set(request.origin, (running.get(request.origin) ?? 0) + 1);
  for (const waiter of request.waiters) startTimer(request, waiter);
}

/** Hands the answer to every caller still waiting, validated by each caller's `adapt` (once per function). */
function settle(request: Request, json: unknown, error: unknown): void {
  if (request.state === 'done') return;
  const waiters = [...request.waiters];
  finish(request);
  const adapted = new Map<unknown, { value?: unknown; error?: unknown }>();
  for (const waiter of waiters) {
    waiter.release?.();
    if (error) {
      waiter.reject(error);
      continue;
    }
    const adapt = waiter.adapt;
    if (!adapt) {
      waiter.resolve(json);
      continue;
    }
    let result = adapted.get(adapt);
    if (!result) {
      try {
        result = { value: adapt(json, request.href) };
        writeCache(cacheKey(request.href, request.fetcher, adapt), result.value);
      } catch (reason) {
        // A service's error answer (with HTTP 200) is `api`; any other JSON that is no film, `shape`.
        result = {
          error:
            reason instanceof FilmApiError
              ? new FilmLoadError('api', request.href, `${request.href}: ${reason.message}.`)
              : new FilmLoadError(
                  'shape',
                  request.href,
                  `${request.href} is not film data: ${thrownText(reason)}.`,
                ),
        };
      }
      adapted.set(adapt, result);
    }
    if ('error' in result) waiter.reject(result.error);
    else waiter.resolve(result.value);
  }
}

/** Error bodies longer than this are not read: a film service's error answer is a line of JSON. */
const ERROR_BODY_BYTES = 16_384;

/**
 * A body as text, or undefined once it passes `maxBytes`: counted as it arrives, as Content-Length
 * may be absent or wrong, and the rest is not downloaded.
 */
async function textUpTo(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > maxBytes) return undefined;
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > maxBytes ? undefined : text;
  }
  const decoder = new TextDecoder();
  let text = '';
  for (let size = 0, chunk; !(chunk = await reader.read()).done;) {
    if ((size += chunk.value.byteLength) > maxBytes) {
      reader.cancel().catch(() => {}); // the download is stopped either way
      return undefined;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * What a film service says in an error answer sent with an HTTP error status (TMDB's
 * `status_message` with 401 or 404; OMDb's `Error`, where it or a proxy sends one with an error
 * status), so that an author can tell a wrong key from a film not found; undefined for any other
 * body. Only a short JSON body is read.
 */
async function serviceMessage(response: Response): Promise<string | undefined> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    const text = await textUpTo(response, ERROR_BODY_BYTES);
    const json: unknown = text === undefined ? undefined : JSON.parse(text);
    return serviceWords(own(json, 'status_message') ?? own(json, 'Error'));
  } catch {
    return undefined;
  }
}

/** Fetches and parses; calls `free` as soon as the connection is no longer in use. */
async function download(request: Request, free: () => void): Promise<unknown> {
  const { href, fetcher, maxBytes, controller } = request;
  const fail = (kind: FilmLoadErrorKind, message: string, status?: number) =>
    new FilmLoadError(kind, href, message, status);
  const tooLarge = () => fail('too-large', `${href} is larger than ${Math.round(maxBytes / 1024)} KB.`);
  let text = '';
  try {
    const response = await fetcher(href, {
      signal: controller.signal,
      headers: { accept: 'application/json, application/ld+json' },
    });
    if (!response.ok) {
      const said = await serviceMessage(response);
      throw fail(
        'http',
        `${href} answered HTTP ${response.status}${said ? `: "${said}"` : ''}.`,
        response.status,
      );
    }
    const body = await textUpTo(response, maxBytes);
    if (body === undefined) throw tooLarge();
    text = body;
  } catch (error) {
    const failure =
      error instanceof FilmLoadError || controller.signal.aborted
        ? error
        : fail('network', `Could not reach ${href}.`);
    // Stops a download still running: an unread error page, the rest of an oversized body.
    controller.abort();
    throw failure;
  } finally {
    free();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fail(
      'parse',
      /^\s*</.test(text) ? `${href} returned a web page, not JSON.` : `${href} did not return valid JSON.`,
    );
  }
}
