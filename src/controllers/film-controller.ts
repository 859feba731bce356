import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import { warnOnce } from '../shared/warn.js';
import type { FilmAdapter } from '../data/adapters/index.js';
import { filmFromAttributes, type FilmAttributes } from '../data/attributes.js';
import { errorDetail, type FilmErrorDetail } from '../data/events.js';
import type { Film } from '../data/film.js';
import { dataFileError, FilmLoadError } from '../data/load-error.js';
import type { FilmPatch, Warn } from '../data/patch.js';
import { show } from '../data/readers.js';
import { resolveFilm } from '../data/resolve.js';
import { offerAttributes, offersFromAttribute } from '../data/watch-offers.js';
import { whenNearViewport } from '../data/viewport.js';
import { dataLayer, loadDataLayer, type DataLayer } from './data-layer.js';
import { isGenerated } from './generated-marker.js';
import type { InlineProblem, InlineReader } from './inline-reader.js';

/** `empty`: nothing to show; `loading`: waiting for `src`; `loaded`: `film` is ready; `error`: see `error`. */
export type FilmStatus = 'empty' | 'loading' | 'loaded' | 'error';

/** Everything an element knows about its film, passed to `FilmController.set()` on each update. */
export interface FilmInputs {
  /** The `film` property: a `Film`, or JSON in any shape an adapter reads (JSON-LD, TMDB, OMDb). Wins over everything else. */
  film?: unknown;
  /** The raw attribute values. */
  attributes: FilmAttributes;
  /** The `offers` attribute: `none`, or a JSON array of offers for the region shown. */
  offers?: string;
  /** A URL of film JSON (own, schema.org JSON-LD, TMDB or OMDb). */
  src?: string;
  /** `lazy` (default) fetches `src` only when the element nears the viewport; `eager` at once. */
  loading?: 'lazy' | 'eager' | (string & {});
  /** Milliseconds before a `timeout` error. Default 10,000. */
  timeout?: number;
  /** Replaces `fetch` for `src`. */
  fetcher?: typeof fetch;
  /** Adapters tried before the built-in ones, for `src`, inline JSON and the `film` property. */
  adapters?: readonly FilmAdapter[];
}

/**
 * Where `src` stands. `idle`: no src, or not yet asked for (the element is not connected, or was
 * just told to retry); `watching`: a lazy element waits to near the viewport; `requesting`: sent,
 * or queued behind the page's other cards; `loaded` and `failed`: the answer, kept until `src`,
 * `fetcher`, `adapters` or `timeout` change.
 */
type SrcState =
  | { readonly status: 'idle' }
  | { readonly status: 'watching'; readonly unwatch: () => void }
  | { readonly status: 'requesting'; readonly request: AbortController }
  | { readonly status: 'loaded'; readonly film: FilmPatch }
  | { readonly status: 'failed'; readonly error: FilmLoadError };

const IDLE: SrcState = { status: 'idle' };

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
 * Whether an element holds something only the data layer reads: a script (inline JSON; not the
 * JSON-LD the card writes itself) or a `<watch-offer>`.
 */
function holdsInlineData(element: Element): boolean {
  // Asked before every update of every card: walked, not copied into an array.
  for (let child = element.firstElementChild; child; child = child.nextElementSibling)
    if (child.localName === 'script' ? !isGenerated(child) : child.localName === 'watch-offer') return true;
  return false;
}

/**
 * Whether a mutation of the host's content touches what the page wrote, not only the JSON-LD the
 * card writes itself: its own output must not make it read its content again and update twice.
 */
const touchesInput = ({ type, target, addedNodes, removedNodes }: MutationRecord) =>
  !isGenerated(target) &&
  !(target.parentNode && isGenerated(target.parentNode)) &&
  (type !== 'childList' || ![...addedNodes, ...removedNodes].every(isGenerated));

/** Whether the page removed the card's own JSON-LD, which the next update writes back. */
const removesOutput = ({ removedNodes }: MutationRecord) => [...removedNodes].some(isGenerated);

/**
 * Gathers a film from every way in and keeps it current, so that its host only renders. The host
 * calls `set()` from `willUpdate()`; the controller loads `src` when needed (lazily by default),
 * re-renders the host when data arrives, and dispatches `film-load` and `film-error` on the host
 * after the update that shows the result. Every input becomes a validated layer once, when it
 * changes; `resolveFilm` merges the layers into the one `Film`.
 *
 * Attributes are read at once. `src`, inline JSON and the `film` property need the data layer
 * (adapters and loader), which is loaded on demand the first time an element needs it: until it is
 * in, such an element's status is `loading`. A host that would rather not render that state waits
 * for `whenReady()` before it updates, as `<film-card>` does. When the layer's file cannot be
 * fetched, the element shows what its attributes give, or `error` (see `dataFileError`).
 */
export class FilmController implements ReactiveController {
  #current?: Film;
  #state: FilmStatus = 'empty';
  #inputs?: FilmInputs;
  #attributes?: FilmAttributes;
  #offersAttribute?: string;
  #fromAttributes?: FilmPatch;
  #fromOffersAttribute?: FilmPatch;
  /** What `src` is loaded with: the URL, `fetcher`, `adapters` and `timeout`; a change loads anew. */
  #key: unknown[] = [];
  #filmInput?: unknown;
  #filmAdapters?: readonly FilmAdapter[];
  #fromProperty?: FilmPatch;
  #propertyFailure?: FilmLoadError;
  /** The data layer's file could not be fetched, while the `film` property or inline data waited for it. */
  #layerFailure?: FilmLoadError;
  #fromInline?: FilmPatch;
  #fromOffers?: FilmPatch;
  #src: SrcState = IDLE;
  /** The layers `#current` was resolved from, in the order `set()` lists them. */
  #layers: unknown[] = [];
  #inlineStale = true;
  #arrived = false;
  #mutations?: MutationObserver;
  #pending?: [type: string, detail: unknown];
  /** Waiting for the data layer to read the `film` property or inline data. */
  #waiting = false;
  #inline?: InlineReader;
  /** The inline reader's last problem that fired a `film-error`: each parse that fails fires once. */
  #reportedProblem?: InlineProblem;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this.#host = host).addController(this);
  }

  /**
   * A promise that settles once the data layer is loaded, when this host needs it for the `film`
   * property (`film`, as about to be set) or for data written inside it; undefined when nothing
   * has to be waited for. It never rejects.
   */
  whenReady(film: unknown): Promise<unknown> | undefined {
    if (isServer || dataLayer() || (film == null && !holdsInlineData(this.#host))) return undefined;
    return loadDataLayer();
  }

  /** The merged, validated film; undefined until some source gives a title. */
  get film(): Film | undefined {
    return this.#current;
  }

  get status(): FilmStatus {
    return this.#state;
  }

  /**
   * Whether this host's data is on its way: `src` requested (sent, or queued behind the page's
   * other cards), or the data layer downloading. False while a lazy card waits off-screen, so that
   * a page of hundreds of waiting skeletons animates only the ones a reader can see coming.
   */
  get fetching(): boolean {
    return this.#state === 'loading' && (this.#waiting || this.#src.status === 'requesting');
  }

  /**
   * Why `src` failed, or the `film` property was a service's error answer, or the data layer's file
   * could not be fetched for the `film` property or inline data; when `status` is `error`.
   */
  get error(): FilmLoadError | undefined {
    if (this.#src.status === 'failed') return this.#src.error;
    if (this.#current) return undefined;
    return this.#propertyFailure ?? (this.#waiting ? this.#layerFailure : undefined);
  }

  /** One console warning per field per element, naming the field. */
  readonly #warn: Warn = (field, message) =>
    warnOnce(this.#host, `<${this.#host.localName}> ${field}: ${message}`, `field ${field}`);

  /** Takes the host's current inputs. Reloads only when `src`, `fetcher`, `adapters` or `timeout` change. */
  set(inputs: FilmInputs): void {
    this.#inputs = inputs;
    const layer = dataLayer();
    this.#waiting = false;
    if (layer) this.#layerFailure = undefined;
    let propertyRead = false;
    if (inputs.film !== this.#filmInput || inputs.adapters !== this.#filmAdapters) {
      if (layer || inputs.film == null) {
        [this.#filmInput, this.#filmAdapters] = [inputs.film, inputs.adapters];
        propertyRead = this.#readProperty(inputs.film, inputs.adapters, layer);
      } else this.#wait();
    }
    const key = [srcOf(inputs.src, this.#warn), inputs.fetcher, inputs.adapters, inputs.timeout];
    if (key.some((value, i) => value !== this.#key[i])) {
      this.#stop();
      this.#key = key;
      this.#src = IDLE;
      this.#arrived = !!this.#fromInline;
    }
    // A server-rendered element has no light DOM to read: its film comes as the `film` property.
    if (this.#inlineStale && !isServer) {
      // A card with nothing inside, and nothing read from inside before, has nothing to read: most
      // cards of a page that loaded the data layer for another card.
      if (layer && (this.#inline || holdsInlineData(this.#host))) {
        this.#inlineStale = false;
        this.#inline ??= new layer.InlineReader(this.#host);
        const inline = this.#inline.film(inputs.adapters, this.#warn);
        // Any change in the light DOM brings us here; only a change in the film is news.
        if (inline !== this.#fromInline) this.#arrived = !!(this.#fromInline = inline);
        this.#fromOffers = this.#inline.offers(this.#warn);
      } else if (!layer && holdsInlineData(this.#host)) this.#wait();
      else this.#inlineStale = false;
    }
    this.#schedule();
    // Most updates change no attribute (a watchlist toggle, a loaded `src`): validate them only when one changed.
    if (!sameValues(inputs.attributes, this.#attributes)) {
      this.#attributes = { ...inputs.attributes };
      this.#fromAttributes = filmFromAttributes(inputs.attributes, this.#warn);
    }
    if (inputs.offers !== this.#offersAttribute) {
      this.#offersAttribute = inputs.offers;
      this.#fromOffersAttribute = offersFromAttribute(inputs.offers, this.#warn);
    }
    const fromSrc = this.#src.status === 'loaded' ? this.#src.film : undefined;
    const layers = [
      fromSrc,
      this.#fromInline,
      this.#fromAttributes,
      this.#fromOffersAttribute,
      this.#fromOffers,
      this.#fromProperty,
    ];
    // Most updates change no layer (a watchlist toggle, "More"): the film stays the same object,
    // and what is worked out per film (the watchlist's entry, say) is worked out once.
    if (layers.some((layer, i) => layer !== this.#layers[i])) {
      this.#layers = layers;
      this.#current = resolveFilm({
        src: fromSrc,
        inline: this.#fromInline,
        attributes: this.#fromOffersAttribute
          ? { ...this.#fromAttributes, ...this.#fromOffersAttribute }
          : this.#fromAttributes,
        offers: this.#fromOffers,
        property: this.#fromProperty,
      });
    }
    const film = this.#current;
    // Data that arrived is announced once it is complete: inline JSON waits for `src`, if any.
    if (this.#arrived && (!key[0] || fromSrc)) {
      this.#arrived = false;
      if (film) this.#pending = ['film-load', { film }];
      else if (fromSrc && layer)
        this.#fail(new FilmLoadError('shape', this.#base(), `${this.#base()} gives no film title.`));
      else if (this.#fromInline) {
        this.#warn('inline JSON', 'gives no film title');
        this.#inlineFailed({ kind: 'shape', message: 'inline JSON gives no film title.' });
      }
    }
    // So does a `film` property that gives no film, once per value: a partial film that attributes
    // complete is welcome, and so is one whose title `src` is still to bring.
    if (propertyRead && !film && !key[0] && !this.#propertyFailure && !this.#pending)
      this.#propertyGaveNoFilm('gives no film title');
    // Inline JSON that was ignored leaves the author's fallback content showing, and says why:
    // once per change of the scripts' text (each parse gives a new problem), like a film that arrived.
    const problem = this.#inline?.problem;
    if (problem && problem !== this.#reportedProblem && !film && !key[0])
      this.#inlineFailed((this.#reportedProblem = problem));
    // Waiting for a data layer whose file could not be fetched is waiting for nothing.
    const stuck = this.#waiting && !!this.#layerFailure;
    this.#state =
      this.#src.status === 'failed' || (!film && (this.#propertyFailure || stuck))
        ? 'error'
        : (key[0] && !fromSrc) || (this.#waiting && !stuck)
          ? 'loading'
          : film
            ? 'loaded'
            : 'empty';
  }

  /**
   * Reads the `film` property through the data layer (see `readFilmProperty`); a service's error
   * answer set as the film is a `film-error` of kind `api`. True when it read an object, which
   * set() then checks gives a film; anything else is reported here.
   */
  #readProperty(value: unknown, adapters: readonly FilmAdapter[] | undefined, layer?: DataLayer): boolean {
    this.#fromProperty = this.#propertyFailure = undefined;
    if (value == null || !layer) return false;
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.#propertyGaveNoFilm(`ignored ${show(value)} (not an object)`);
      return false;
    }
    const { film, failure } = layer.readFilmProperty(value, adapters, this.#warn);
    [this.#fromProperty, this.#propertyFailure] = [film, failure];
    if (failure) this.#pending = ['film-error', errorDetail(failure)];
    return true;
  }

  /**
   * Loads the data layer, then updates the host again: its status is `loading` meanwhile. When its
   * file cannot be fetched, the host shows what else it has, or an error, and hears of it once.
   */
  #wait() {
    this.#waiting = true;
    void loadDataLayer().then((layer) => {
      // Updated once with the layer, or once when it first fails, and only while still waiting for
      // it: a later update asks again.
      if (!layer && (this.#layerFailure || !this.#waiting)) return;
      if (!layer) this.#pending = ['film-error', errorDetail((this.#layerFailure = dataFileError()))];
      this.#host.requestUpdate();
    });
  }

  /** Loads `src` again after an error (the "Retry" button), without waiting for the viewport. */
  retry(): void {
    if (this.#src.status !== 'failed') return;
    this.#src = IDLE;
    if (this.#host.isConnected) void this.#load(true);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (isServer) return;
    // Inline JSON may be parsed after the element upgrades, or be replaced later; the inline
    // reader parses it again only when a script's text changed.
    this.#mutations ??= new MutationObserver((records) => {
      if (records.some(touchesInput)) this.#inlineStale = true;
      else if (!records.some(removesOutput)) return;
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

  /** `src` resolved against the page; as written when it is no URL (the loader then says so). */
  #base() {
    const src = this.#key[0] as string;
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      return src;
    }
  }

  #fail(error: FilmLoadError, warn = true) {
    // The event is for the page's code; the author reading the console hears of it once too.
    if (warn) this.#warn('src', error.message);
    this.#src = { status: 'failed', error };
    this.#arrived = false;
    this.#pending = ['film-error', errorDetail(error)];
  }

  #propertyGaveNoFilm(why: string) {
    this.#warn('film', why);
    this.#pending = [
      'film-error',
      { kind: 'shape', message: `film: ${why}.`, url: '' } satisfies FilmErrorDetail,
    ];
  }

  #inlineFailed({ kind, message }: InlineProblem) {
    this.#pending = ['film-error', { kind, message, url: '' } satisfies FilmErrorDetail];
  }

  /** Drops a request or a wait for the viewport; an answer, loaded or failed, is kept. */
  #stop() {
    if (this.#src.status === 'requesting') this.#src.request.abort();
    else if (this.#src.status === 'watching') this.#src.unwatch();
    else return;
    this.#src = IDLE;
  }

  /** Whether `request` is still the one this element waits for. */
  #isLatest(request: AbortController) {
    return this.#src.status === 'requesting' && this.#src.request === request && !request.signal.aborted;
  }

  #schedule() {
    // Never fetch while rendering on a server: the browser loads `src` itself once the element connects.
    const { status } = this.#src;
    if (isServer || !this.#key[0] || !this.#host.isConnected || (status !== 'idle' && status !== 'watching'))
      return;
    // A lazy card still waiting for the viewport that turns eager stops waiting.
    if (this.#inputs?.loading === 'eager' || typeof IntersectionObserver === 'undefined') void this.#load();
    else if (status === 'idle')
      this.#src = { status: 'watching', unwatch: whenNearViewport(this.#host, () => void this.#load()) };
  }

  async #load(reload = false) {
    const [, fetcher, adapters, timeout] = this.#key as [string, typeof fetch?, FilmAdapter[]?, number?];
    if (this.#src.status === 'watching') this.#src.unwatch();
    const request = new AbortController();
    this.#src = { status: 'requesting', request };
    // A lazy card's skeleton starts to pulse (see `fetching`).
    this.#host.requestUpdate();
    const layer = await loadDataLayer();
    if (!this.#isLatest(request)) return;
    if (!layer) {
      // Its file could not be fetched, and the page heard of it once: each card says it could
      // not load its film and offers Retry (see `dataFileError`).
      this.#fail(dataFileError(this.#base()), false);
      return this.#host.requestUpdate();
    }
    let result: FilmPatch | FilmLoadError;
    try {
      result = await layer.requestFilm(
        this.#base(),
        adapters,
        {
          signal: request.signal,
          timeout,
          fetch: fetcher,
          // The card, so that the nearest cards' requests start first and far ones are dropped.
          element: this.#host,
          lazy: this.#inputs?.loading !== 'eager',
          reload,
        },
        this.#warn,
      );
    } catch {
      // Aborted: a newer src, or leaving the page, made this request stale.
      if (!this.#isLatest(request)) return;
      // Dropped before it was sent, as the card left the viewport: wait for it to come near again.
      this.#src = IDLE;
      this.#host.requestUpdate();
      return this.#schedule();
    }
    if (!this.#isLatest(request)) return;
    if (result instanceof FilmLoadError) this.#fail(result);
    else [this.#src, this.#arrived] = [{ status: 'loaded', film: result }, true];
    this.#host.requestUpdate();
  }
}
