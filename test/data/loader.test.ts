import { expect } from '@open-wc/testing';
import { cacheUsage, CACHE_BYTES } from '../../src/data/film-cache.js';
import { AHEAD, clearFilmCache, loadFilmJson, PER_ORIGIN, PER_PAGE } from '../../src/data/loader.js';
import { FilmLoadError } from '../../src/data/load-error.js';
import { hits, sleep, unique } from './http.js';

/** The FilmLoadError a load rejects with (fails the test when it resolves). */
async function failure(load: Promise<unknown>): Promise<FilmLoadError> {
  try {
    await load;
  } catch (error) {
    expect(error).to.be.instanceOf(FilmLoadError);
    return error as FilmLoadError;
  }
  throw new Error('expected the load to fail');
}

const absolute = (path: string) => new URL(path, document.baseURI).href;

/** An adapt function that keeps the title: what a card's validation does, in miniature. */
const title = (json: unknown) => {
  const value = (json as { title?: unknown; Title?: unknown })?.title ?? (json as { Title?: unknown })?.Title;
  if (typeof value !== 'string') throw new Error('no title');
  return { title: value };
};

/** A box placed `top` pixels down the page, to stand for a card. */
function box(top: number): HTMLElement {
  const el = document.createElement('div');
  el.style.cssText = `position: absolute; left: 0; top: ${top}px; width: 10px; height: 10px`;
  document.body.append(el);
  return el;
}

/** Fills the origin's connections, and the browser's queue ahead of them, for 300 ms: the next requests wait in the loader's queue. */
const fillOrigin = () =>
  Array.from({ length: PER_ORIGIN + AHEAD }, () => loadFilmJson(unique('/api/title?t=busy&delay=300')));

/** "loaded", or the name of the error a load rejected with. */
const outcome = (load: Promise<unknown>) =>
  load.then(
    () => 'loaded',
    (error: Error) => error.name,
  );

describe('loadFilmJson', () => {
  it('loads and parses JSON', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json');
    const json = await loadFilmJson<{ Title: string }>(url);
    expect(json.Title).to.equal('Little Pyongyang');
    expect((await hits(url)).count).to.equal(1);
  });

  for (const status of [404, 500]) {
    it(`fails with kind "http" and the status for ${status}`, async () => {
      const url = unique(`/api/status/${status}`);
      const error = await failure(loadFilmJson(url));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
      expect(error.url).to.equal(absolute(url));
      expect(error.message).to.equal(`${absolute(url)} answered HTTP ${status}.`);
      expect(error.name).to.equal('FilmLoadError');
    });
  }

  it('fails with kind "timeout" when the server is too slow, and cancels the request', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json?delay=3000');
    const started = performance.now();
    const error = await failure(loadFilmJson(url, { timeout: 300 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not answer within 0.3 s');
    expect(performance.now() - started).to.be.below(2000);
    await sleep(100);
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 1 });
  });

  it('uses the default timeout for a timeout that is not a positive number', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json?delay=200');
    for (const timeout of [0, -1, NaN])
      expect(await loadFilmJson(url, { timeout })).to.have.property('Title');
  });

  it('fails with kind "network" when the connection drops', async () => {
    const error = await failure(loadFilmJson(unique('/api/drop')));
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/^Could not reach http:\/\/.+\/api\/drop/);
  });

  it('fails with kind "network", without a request, for a URL that is not http(s)', async () => {
    for (const url of ['javascript:alert(1)', 'data:application/json,{"title":"A"}', 'http://']) {
      const error = await failure(loadFilmJson(url));
      expect(error.kind).to.equal('network');
      expect(error.message).to.contain('is not an http(s) URL');
    }
  });

  it('fails with kind "parse" for malformed JSON, and says when it got a web page', async () => {
    const broken = await failure(loadFilmJson(unique('/api/bad-json')));
    expect(broken.kind).to.equal('parse');
    expect(broken.message).to.contain('did not return valid JSON');
    const page = await failure(loadFilmJson(unique('/api/html')));
    expect(page.kind).to.equal('parse');
    expect(page.message).to.contain('returned a web page, not JSON');
  });

  it('reads JSON served with the wrong content type', async () => {
    const json = await loadFilmJson(unique('/api/fixture/omdb-little-pyongyang.json?type=text/plain'));
    expect(json).to.have.property('Title', 'Little Pyongyang');
  });

  it('fails with kind "too-large" above 1 MB, and stops the download', async () => {
    const url = unique('/api/huge?bytes=3000000');
    const error = await failure(loadFilmJson(url));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.contain('is larger than 1024 KB');
    expect(await loadFilmJson(unique('/api/huge?bytes=1000000'))).to.have.property('title', 'Huge');
  });

  it('counts the bytes while reading when there is no Content-Length', async () => {
    const url = unique('/api/huge?bytes=300000&chunked=1');
    const error = await failure(loadFilmJson(url, { maxBytes: 100_000 }));
    expect(error.kind).to.equal('too-large');
    expect(
      await loadFilmJson(unique('/api/huge?bytes=90000&chunked=1'), { maxBytes: 100_000 }),
    ).to.have.property('title');
  });

  it('trusts a Content-Length above the cap without reading the body', async () => {
    const fetcher: typeof fetch = () =>
      Promise.resolve(new Response('{"title": "Small"}', { headers: { 'content-length': '5000000' } }));
    const error = await failure(loadFilmJson(unique('/api/anything'), { fetch: fetcher }));
    expect(error.kind).to.equal('too-large');
  });

  it('makes one request for many callers of the same URL, in flight and, once validated, afterwards', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=200');
    const all = await Promise.all(Array.from({ length: 20 }, () => loadFilmJson(url, { adapt: title })));
    expect(all.every((film) => film === all[0])).to.equal(true);
    expect(await loadFilmJson(url, { adapt: title })).to.equal(all[0]);
    expect(await loadFilmJson(absolute(url), { adapt: title })).to.equal(all[0]);
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 0 });
  });

  it('shares raw JSON only while its request runs, and never keeps it', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=200');
    const [a, b] = await Promise.all([loadFilmJson(url), loadFilmJson(url)]);
    expect(a).to.equal(b);
    await loadFilmJson(url);
    expect((await hits(url)).count).to.equal(2);
  });

  it('resolves to what adapt returns, given the JSON and its absolute URL', async () => {
    const url = unique('/api/fixture/omdb-parasite.json');
    const seen: string[] = [];
    const film = await loadFilmJson(url, { adapt: (json, from) => (seen.push(from), title(json)) });
    expect(film).to.deep.equal({ title: 'Parasite' });
    expect(seen).to.deep.equal([absolute(url)]);
  });

  it('fails with kind "shape" when adapt throws, keeps nothing, and asks the server again (a busy API answering 200)', async () => {
    const url = unique('/api/busy-once?key=loader');
    const adapt = (json: unknown) => {
      if ((json as { Response?: string }).Response === 'False')
        throw new Error('OMDb answered "Request limit reached!"');
      return title(json);
    };
    const error = await failure(loadFilmJson(url, { adapt }));
    expect(error.kind).to.equal('shape');
    expect(error.message).to.equal(
      `${absolute(url)} is not film data: OMDb answered "Request limit reached!".`,
    );
    expect(await loadFilmJson(url, { adapt })).to.deep.equal({ title: 'Parasite' });
    expect((await hits(url)).count).to.equal(2);
  });

  it('asks the server again with reload, even for a kept result', async () => {
    const url = unique('/api/fixture/omdb-parasite.json');
    await loadFilmJson(url, { adapt: title });
    await loadFilmJson(url, { adapt: title, reload: true });
    expect((await hits(url)).count).to.equal(2);
  });

  it('keeps results by bytes as well as by count', async () => {
    clearFilmCache();
    // Each result is about a fifth of the budget: six cannot all stay.
    const big = (json: unknown) => ({ ...title(json), filler: 'x'.repeat(CACHE_BYTES / 10) });
    const urls = Array.from({ length: 6 }, () => unique('/api/fixture/omdb-parasite.json')) as [
      string,
      ...string[],
    ];
    for (const url of urls) await loadFilmJson(url, { adapt: big });
    expect(cacheUsage().bytes).to.be.at.most(CACHE_BYTES);
    expect(cacheUsage().entries).to.equal(4);
    await loadFilmJson(urls[0], { adapt: big });
    await loadFilmJson(urls[5]!, { adapt: big });
    expect((await hits(urls[0])).count).to.equal(2);
    expect((await hits(urls[5]!)).count).to.equal(1);
  });

  it("frees an origin's connections from a fetcher that ignores the abort of a timed-out request", async () => {
    // A host's fetcher that never answers and never hears the abort: its requests time out, and
    // the requests after them to the same origin (as many again, and more) still go out and load.
    const deaf: typeof fetch = () => new Promise<Response>(() => {});
    const stuck = Array.from({ length: PER_ORIGIN + AHEAD }, () =>
      outcome(loadFilmJson(unique('/api/title?t=Deaf'), { fetch: deaf, timeout: 100 })),
    );
    expect(await Promise.all(stuck)).to.deep.equal(Array(PER_ORIGIN + AHEAD).fill('FilmLoadError'));
    const next = await Promise.all(
      Array.from({ length: PER_ORIGIN }, () =>
        outcome(loadFilmJson(unique('/api/title?t=Next'), { timeout: 2000 })),
      ),
    );
    expect(next).to.deep.equal(Array(PER_ORIGIN).fill('loaded'));
  });

  it('counts the timeout from when the request is sent, not while it waits its turn', async () => {
    // The origin's slots are taken by slow requests for 1 s; the next ones wait 1 s, then answer in 0.6 s.
    const busy = Array.from({ length: PER_ORIGIN }, () =>
      loadFilmJson(unique('/api/title?t=Busy&delay=1000'), { timeout: 5000 }),
    );
    const queued = Array.from({ length: PER_ORIGIN }, () =>
      loadFilmJson(unique('/api/title?t=Queued&delay=600'), { timeout: 1200 }),
    );
    await Promise.all(busy);
    expect((await Promise.allSettled(queued)).map((result) => result.status)).to.deep.equal(
      Array(PER_ORIGIN).fill('fulfilled'),
    );
  });

  it('hands the browser one more request per connection of an origin, which it starts while the main thread is busy', async () => {
    // A page rendering the cards that just loaded keeps its main thread busy for frames on end:
    // requests that wait for it to be sent leave the origin's connections idle meanwhile.
    const urls = Array.from({ length: PER_ORIGIN + AHEAD + 3 }, () => unique('/api/title?t=Ahead&delay=300'));
    performance.clearResourceTimings();
    const loads = urls.map((url) => loadFilmJson(url));
    await sleep(50);
    // Busy from before the first answers (300 ms) until long after them.
    const busyUntil = performance.now() + 900;
    while (performance.now() < busyUntil);
    await Promise.all(loads);
    await sleep(200); // the last timing entries are added after their answers
    const entries = performance
      .getEntriesByType('resource')
      .filter((entry) => urls.some((url) => entry.name.endsWith(url))) as PerformanceResourceTiming[];
    expect(entries).to.have.length(urls.length);
    // On the wire (a connection of its own) before the main thread was free again: every
    // connection started a second request as soon as its first answer was in.
    const started = entries.filter((entry) => entry.requestStart < busyUntil);
    expect(started).to.have.length(2 * PER_ORIGIN);
    // Never more than the origin's connections at once: those ahead waited for the first answers.
    const firstAnswer = Math.min(...started.map((entry) => entry.responseEnd));
    expect(started.filter((entry) => entry.requestStart >= firstAnswer - 1)).to.have.length(PER_ORIGIN);
  });

  it('sends the waiting request nearest to the viewport first', async () => {
    const order: string[] = [];
    const fetcher: typeof fetch = (input, init) => {
      order.push(new URL(input instanceof Request ? input.url : input.toString()).searchParams.get('t')!);
      return fetch(input, init);
    };
    const far = box(5000);
    const near = box(100);
    const middle = box(2500);
    try {
      const busy = Array.from({ length: PER_ORIGIN + AHEAD }, () =>
        loadFilmJson(unique('/api/title?t=busy&delay=300'), { fetch: fetcher }),
      );
      const loads = [
        loadFilmJson(unique('/api/title?t=far'), { fetch: fetcher, element: far }),
        loadFilmJson(unique('/api/title?t=near'), { fetch: fetcher, element: near }),
        loadFilmJson(unique('/api/title?t=middle'), { fetch: fetcher, element: middle }),
      ];
      await Promise.all([...busy, ...loads]);
      expect(order.filter((t) => t !== 'busy')).to.deep.equal(['near', 'middle', 'far']);
    } finally {
      [far, near, middle].forEach((el) => el.remove());
    }
  });

  it('never sends a waiting request whose element left the page, or (lazy) the viewport', async () => {
    const gone = box(0);
    const scrolledAway = box(10_000);
    const stays = box(50);
    const busy = fillOrigin();
    const urls = [
      unique('/api/title?t=gone'),
      unique('/api/title?t=away'),
      unique('/api/title?t=stays'),
    ] as const;
    const loads = [
      loadFilmJson(urls[0], { element: gone }),
      loadFilmJson(urls[1], { element: scrolledAway, lazy: true }),
      loadFilmJson(urls[2], { element: stays, lazy: true }),
    ].map(outcome);
    gone.remove();
    await Promise.all(busy);
    expect(await Promise.all(loads)).to.deep.equal(['AbortError', 'AbortError', 'loaded']);
    expect((await Promise.all(urls.map(hits))).map((hit) => hit.count)).to.deep.equal([0, 0, 1]);
    scrolledAway.remove();
    stays.remove();
  });

  it('orders and drops waiting requests without reading layout (the viewport observer says where cards are)', async () => {
    // Reading a box forces a style and layout pass of the whole page: with thousands of cards and
    // a reader scrolling, the loader's reads kept the main thread from sending requests.
    const reads: string[] = [];
    const proto = Element.prototype;
    const { getBoundingClientRect, getClientRects } = proto;
    proto.getBoundingClientRect = function (this: Element) {
      reads.push('getBoundingClientRect');
      return getBoundingClientRect.call(this);
    };
    proto.getClientRects = function (this: Element) {
      reads.push('getClientRects');
      return getClientRects.call(this);
    };
    const near = box(100);
    const away = box(10_000);
    try {
      const busy = fillOrigin();
      const urls = [unique('/api/title?t=near'), unique('/api/title?t=away')] as const;
      const loads = [
        loadFilmJson(urls[0], { element: near, lazy: true }),
        loadFilmJson(urls[1], { element: away, lazy: true }),
      ].map(outcome);
      await Promise.all(busy);
      expect(await Promise.all(loads)).to.deep.equal(['loaded', 'AbortError']);
      expect((await Promise.all(urls.map(hits))).map((hit) => hit.count)).to.deep.equal([1, 0]);
    } finally {
      Object.assign(proto, { getBoundingClientRect, getClientRects });
      near.remove();
      away.remove();
    }
    expect(reads).to.deep.equal([]);
  });

  it('never sends the request of a caller that gave up while it waited', async () => {
    const busy = fillOrigin();
    const url = unique('/api/title?t=never');
    const caller = new AbortController();
    const load = loadFilmJson(url, { signal: caller.signal }).catch((error: Error) => error.name);
    caller.abort();
    await Promise.all(busy);
    expect(await load).to.equal('AbortError');
    expect((await hits(url)).count).to.equal(0);
  });

  it(`sends at most ${PER_PAGE} requests at once on the page, over many origins`, async () => {
    let inFlight = 0;
    let most = 0;
    // Sixty origins, answered by the test server: the fetch function maps each to a real request.
    const fetcher: typeof fetch = async (input, init) => {
      most = Math.max(most, ++inFlight);
      try {
        const { pathname, search } = new URL(input instanceof Request ? input.url : input.toString());
        return await fetch(`${pathname}${search}`, init);
      } finally {
        inFlight--;
      }
    };
    const loads = Array.from({ length: 120 }, (_, i) =>
      loadFilmJson(`http://origin-${i % 60}.example${unique('/api/title?t=Many&delay=100')}`, {
        fetch: fetcher,
      }),
    );
    await Promise.all(loads);
    expect(most).to.equal(PER_PAGE);
  });

  it('does not keep failures, so asking again retries', async () => {
    const url = unique('/api/flaky/omdb-parasite.json');
    expect((await failure(loadFilmJson(url))).status).to.equal(503);
    expect(await loadFilmJson(url)).to.have.property('Title', 'Parasite');
    expect((await hits(url)).count).to.equal(2);
  });

  it("never lets one caller's abort cancel the request for the others", async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=300');
    const first = new AbortController();
    const cancelled = loadFilmJson(url, { signal: first.signal });
    const kept = loadFilmJson(url);
    first.abort();
    let reason: unknown;
    await cancelled.catch((error) => (reason = error));
    expect((reason as DOMException).name).to.equal('AbortError');
    expect(await kept).to.have.property('Title', 'Parasite');
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 0 });
  });

  it('cancels the request when every caller has given up, and asks again afterwards', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=400');
    const callers = [new AbortController(), new AbortController()];
    const loads = callers.map((caller) =>
      loadFilmJson(url, { signal: caller.signal }).catch(() => 'aborted'),
    );
    await sleep(100);
    callers.forEach((caller) => caller.abort());
    expect(await Promise.all(loads)).to.deep.equal(['aborted', 'aborted']);
    await sleep(100);
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 1 });
    expect(await loadFilmJson(url)).to.have.property('Title');
    expect((await hits(url)).count).to.equal(2);
  });

  it('rejects at once for a signal aborted already', async () => {
    const url = unique('/api/fixture/omdb-parasite.json');
    const reason = new Error('gone');
    const result = await loadFilmJson(url, { signal: AbortSignal.abort(reason) }).catch((error) => error);
    expect(result).to.equal(reason);
  });

  it('uses a custom fetch function, and keeps its responses apart', async () => {
    const url = unique('/api/private/omdb-parasite.json');
    const withKey: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...init?.headers, 'x-film-key': 'open-sesame' } });
    expect(await loadFilmJson(url, { fetch: withKey })).to.have.property('Title', 'Parasite');
    expect((await failure(loadFilmJson(url))).status).to.equal(401);
  });

  it('keeps the last 100 results', async () => {
    const urls = Array.from({ length: 101 }, () => unique('/api/title?t=Kept')) as [string, ...string[]];
    for (const url of urls) await loadFilmJson(url, { adapt: title });
    await loadFilmJson(urls[100]!, { adapt: title });
    await loadFilmJson(urls[0], { adapt: title });
    expect((await hits(urls[100]!)).count).to.equal(1);
    expect((await hits(urls[0])).count).to.equal(2);
  });

  it('forgets everything on clearFilmCache()', async () => {
    const url = unique('/api/title?t=Forgotten');
    await loadFilmJson(url, { adapt: title });
    clearFilmCache();
    await loadFilmJson(url, { adapt: title });
    expect((await hits(url)).count).to.equal(2);
  });
});
