import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import { warnOnce } from '../shared/warn.js';
import { adaptFilm, type FilmAdapter } from './adapters/index.js';
import { filmAdapt } from './film-cache.js';
import { filmFromAttributes, type FilmAttributes } from './attributes.js';
import type { FilmErrorDetail } from './events.js';
import type { Film } from './film.js';
import { filmFromInline } from './inline.js';
import { offerAttributes } from './watch-offers.js';
import { FilmLoadError, loadFilmJson } from './loader.js';
import { mergeFilm } from './merge.js';
import { normalizeFields, type FilmPatch, type Warn } from './normalize.js';
import { whenNearViewport } from './viewport.js';

/** `empty`: nothing to show; `loading`: waiting for `src`; `loaded`: `film` is ready; `error`: see `error`. */
export type FilmStatus = 'empty' | 'loading' | 'loaded' | 'error';

/** Everything an element knows about its film, passed to `FilmController.set()` on each update. */
export interface FilmInputs {
  /** The `film` property: a `Film`, or JSON in any shape an adapter reads (JSON-LD, TMDB, OMDb). Wins over everything else. */
  film?: unknown;
  /** The raw attribute values. */
  attributes: FilmAttributes;
  /** A URL of film JSON (own, schema.org JSON-LD, TMDB or OMDb). */
  src?: string;
  /** `lazy` (default) fetches `src` only when the element nears the viewport; `eager` at once. */
  loading?: 'lazy' | 'eager' | (string & {});
  /** Milliseconds before a `timeout` error. Default 10,000. */
  timeout?: number;
  /** Replaces `fetch` for `src`. */
  fetcher?: typeof fetch;
  /** Replaces the default adapters, for `src` and inline JSON. */
  adapters?: readonly FilmAdapter[];
}

/**
 * The `film` property in any shape an adapter recognises (schema.org JSON-LD, TMDB, OMDb, this
 * library's own), else read field by field as the `Film` shape: a partial film set to amend the
 * attributes (`{ synopsis }`) is recognised by no adapter, and is still welcome.
 */
function filmFromObject(value: unknown, adapters: readonly FilmAdapter[] | undefined, warn: Warn): FilmPatch {
  if (value == null) return {};
  try {
    return adaptFilm(value, { adapters, warn });
  } catch {
    return normalizeFields(value, warn);
  }
}

/** Whether two records hold the same values under the same keys. */
function sameValues(a: object, b: object | undefined): boolean {
  if (!b) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.is(a[key as keyof object], b[key as keyof object]))
  );
}

/** `src` as a trimmed URL string: a string or a `URL`; anything else set from code is no src, with a warning. */
function srcOf(value: unknown, warn: Warn): string | undefined {
  if (value instanceof URL) return value.href;
  if (typeof value === 'string') return value.trim() || undefined;
  if (value != null) warn('src', `ignored a ${typeof value} (not a URL)`);
  return undefined;
}

/**
 * Gathers a film from every way in and keeps it current, so that its host only renders. The host
 * calls `set()` from `willUpdate()`; the controller loads `src` when needed (lazily by default),
 * re-renders the host when data arrives, and dispatches `film-load` and `film-error` on the host
 * after the update that shows the result. Precedence, field by field: `film` property >
 * attributes > inline JSON > `src`.
 */
export class FilmController implements ReactiveController {
  #current?: Film;
  #state: FilmStatus = 'empty';
  #failure?: FilmLoadError;
  #inputs?: FilmInputs;
  #attributes?: FilmAttributes;
  #fromAttributes?: FilmPatch;
  #key: unknown[] = [];
  #filmInput?: unknown;
  #filmAdapters?: readonly FilmAdapter[];
  #fromProperty?: FilmPatch;
  #fromInline?: FilmPatch;
  #fromSrc?: FilmPatch;
  #inlineStale = true;
  #arrived = false;
  #request?: AbortController;
  #unwatch?: () => void;
  #mutations?: MutationObserver;
  #pending?: [type: string, detail: unknown];
  readonly #warned = new Set<string>();

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this.#host = host).addController(this);
  }

  /** The merged, validated film; undefined until some source gives a title. */
  get film(): Film | undefined {
    return this.#current;
  }

  get status(): FilmStatus {
    return this.#state;
  }

  /** Why `src` failed, when `status` is `error`. */
  get error(): FilmLoadError | undefined {
    return this.#failure;
  }

  /** One console warning per field per element, naming the field. */
  readonly #warn: Warn = (field, message) => {
    if (this.#warned.has(field)) return;
    this.#warned.add(field);
    warnOnce(this.#host, `<${this.#host.localName}> ${field}: ${message}`);
  };

  /** Takes the host's current inputs. Reloads only when `src`, `fetcher`, `adapters` or `timeout` change. */
  set(inputs: FilmInputs): void {
    this.#inputs = inputs;
    if (inputs.film !== this.#filmInput || inputs.adapters !== this.#filmAdapters) {
      [this.#filmInput, this.#filmAdapters] = [inputs.film, inputs.adapters];
      this.#fromProperty = filmFromObject(inputs.film, inputs.adapters, this.#warn);
    }
    const key = [srcOf(inputs.src, this.#warn), inputs.fetcher, inputs.adapters, inputs.timeout];
    if (key.some((value, i) => value !== this.#key[i])) {
      this.#stop();
      this.#key = key;
      this.#fromSrc = this.#failure = undefined;
      this.#arrived = !!this.#fromInline;
    }
    // A server-rendered element has no light DOM to read: its film comes as the `film` property.
    if (this.#inlineStale && !isServer) {
      this.#inlineStale = false;
      const inline = filmFromInline(this.#host, { adapters: inputs.adapters, warn: this.#warn });
      // Any change in the light DOM brings us here; only a change in the film is news.
      if (JSON.stringify(inline) !== JSON.stringify(this.#fromInline))
        this.#arrived = !!(this.#fromInline = inline);
    }
    this.#schedule();
    // Most updates change no attribute (a watchlist toggle, a loaded `src`): validate them only when one changed.
    if (!sameValues(inputs.attributes, this.#attributes)) {
      this.#attributes = { ...inputs.attributes };
      this.#fromAttributes = filmFromAttributes(inputs.attributes, this.#warn);
    }
    const film = (this.#current = mergeFilm([
      this.#fromSrc,
      this.#fromInline,
      this.#fromAttributes,
      this.#fromProperty,
    ]));
    // Data that arrived is announced once it is complete: inline JSON waits for `src`, if any.
    if (this.#arrived && (!key[0] || this.#fromSrc)) {
      this.#arrived = false;
      if (film) this.#pending = ['film-load', { film }];
      else if (this.#fromSrc)
        this.#fail(new FilmLoadError('shape', this.#base(), `${this.#base()} gives no film title.`));
    }
    this.#state = this.#failure ? 'error' : key[0] && !this.#fromSrc ? 'loading' : film ? 'loaded' : 'empty';
  }

  /** Loads `src` again after an error (the "Retry" button), without waiting for the viewport. */
  retry(): void {
    if (!this.#failure) return;
    this.#failure = undefined;
    if (this.#host.isConnected) void this.#load(true);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (isServer) return;
    // Inline JSON may be parsed after the element upgrades, or be replaced later.
    this.#mutations ??= new MutationObserver(() => {
      this.#inlineStale = true;
      this.#host.requestUpdate();
    });
    // Offers written as <watch-offer> children change by their attributes too.
    this.#mutations.observe(this.#host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: offerAttributes,
    });
    this.#inlineStale = true;
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#mutations?.disconnect();
    // A move within the page (disconnect then connect at once) keeps its request going.
    queueMicrotask(() => this.#host.isConnected || this.#stop());
  }

  hostUpdated(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) emit(this.#host, ...pending);
  }

  #base() {
    return new URL(this.#key[0] as string, document.baseURI).href;
  }

  #fail(error: FilmLoadError) {
    this.#failure = error;
    this.#fromSrc = undefined;
    this.#arrived = false;
    const { kind, message, url, status } = error;
    this.#pending = ['film-error', { kind, message, url, status } satisfies FilmErrorDetail];
  }

  #stop() {
    this.#request?.abort();
    this.#unwatch?.();
    this.#request = this.#unwatch = undefined;
  }

  #schedule() {
    // Never fetch while rendering on a server: the browser loads `src` itself once the element connects.
    if (
      isServer ||
      !this.#key[0] ||
      !this.#host.isConnected ||
      this.#fromSrc ||
      this.#failure ||
      this.#request
    )
      return;
    if (this.#inputs?.loading === 'eager' || typeof IntersectionObserver === 'undefined') void this.#load();
    else this.#unwatch ??= whenNearViewport(this.#host, () => void this.#load());
  }

  async #load(reload = false) {
    const [src, fetcher, adapters, timeout] = this.#key as [string, typeof fetch?, FilmAdapter[]?, number?];
    this.#unwatch?.();
    this.#unwatch = undefined;
    const request = (this.#request = new AbortController());
    let result: FilmPatch | FilmLoadError;
    try {
      const { film, warnings } = await loadFilmJson(src, {
        signal: request.signal,
        timeout,
        fetch: fetcher,
        adapt: filmAdapt(adapters),
        element: this.#host,
        lazy: this.#inputs?.loading !== 'eager',
        reload,
      });
      for (const [field, message] of warnings) this.#warn(field, message);
      result = film;
    } catch (error) {
      // Dropped before it was sent, as the card left the viewport: wait for it to come near again.
      if (request === this.#request && !request.signal.aborted && (error as Error)?.name === 'AbortError') {
        this.#request = undefined;
        return this.#schedule();
      }
      result = error as FilmLoadError;
    }
    // A newer src, or leaving the page, made this answer stale.
    if (request !== this.#request) return;
    this.#request = undefined;
    if (result instanceof FilmLoadError) this.#fail(result);
    else [this.#fromSrc, this.#arrived] = [result, true];
    this.#host.requestUpdate();
  }
}
