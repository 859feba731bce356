import { expect } from '@open-wc/testing';
import { clearFilmCache, FilmLoadError, loadFilmJson } from '../../src/data/loader.js';
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

describe('loadFilmJson', () => {
  it('loads and parses JSON', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json');
    const json = (await loadFilmJson(url)) as { Title: string };
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
    const fetcher: typeof fetch = async () =>
      new Response('{"title": "Small"}', { headers: { 'content-length': '5000000' } });
    const error = await failure(loadFilmJson(unique('/api/anything'), { fetch: fetcher }));
    expect(error.kind).to.equal('too-large');
  });

  it('makes one request for many callers of the same URL, in flight and afterwards', async () => {
    const url = unique('/api/fixture/tmdb-parasite.json?delay=200');
    const all = await Promise.all(Array.from({ length: 20 }, () => loadFilmJson(url)));
    expect(all.every((json) => json === all[0])).to.equal(true);
    await loadFilmJson(url);
    await loadFilmJson(absolute(url));
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 0 });
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

  it('keeps the last 100 URLs', async () => {
    const urls = Array.from({ length: 101 }, () => unique('/api/fixture/omdb-error.json'));
    for (const url of urls) await loadFilmJson(url);
    await loadFilmJson(urls[100]);
    await loadFilmJson(urls[0]);
    expect((await hits(urls[100])).count).to.equal(1);
    expect((await hits(urls[0])).count).to.equal(2);
  });

  it('forgets everything on clearFilmCache()', async () => {
    const url = unique('/api/fixture/omdb-error.json');
    await loadFilmJson(url);
    clearFilmCache();
    await loadFilmJson(url);
    expect((await hits(url)).count).to.equal(2);
  });
});
