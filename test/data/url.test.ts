// safeUrl guards every href and src a card writes; on a page of many cards most URLs repeat (a
// provider's page, a shared poster), and parsing each again was a measurable part of a card's cost.
import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/data/url.js';

/** How many URL objects `run` makes. */
function urlsMadeDuring(run: () => void): number {
  const Original = globalThis.URL;
  let made = 0;
  globalThis.URL = new Proxy(Original, {
    construct(target, args) {
      made++;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    run();
  } finally {
    globalThis.URL = Original;
  }
  return made;
}

describe('safeUrl', () => {
  it('keeps http(s) URLs, resolved against the base, and refuses every other scheme', () => {
    expect(safeUrl(' /posters/a.jpg ', 'https://blog.example/post/')).to.equal(
      'https://blog.example/posters/a.jpg',
    );
    expect(safeUrl('a.jpg', 'https://blog.example/post/')).to.equal('https://blog.example/post/a.jpg');
    expect(safeUrl('HTTP://Example.com')).to.equal('http://example.com/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '',
      'http://',
      42,
    ])
      expect(safeUrl(bad, 'https://blog.example/'), String(bad)).to.equal(undefined);
  });

  it('parses each URL once per base: the same value again makes no new URL object', () => {
    const base = 'https://cards.example/page/';
    const first = urlsMadeDuring(() => {
      expect(safeUrl('https://example.com/streamflix', base)).to.equal('https://example.com/streamflix');
      expect(safeUrl('javascript:alert(1)', base)).to.equal(undefined);
    });
    const again = urlsMadeDuring(() => {
      expect(safeUrl('https://example.com/streamflix', base)).to.equal('https://example.com/streamflix');
      expect(safeUrl(' https://example.com/streamflix ', base)).to.equal('https://example.com/streamflix');
      expect(safeUrl('javascript:alert(1)', base)).to.equal(undefined);
    });
    expect(first).to.equal(2);
    expect(again).to.equal(0);
    // Another base is another answer for a relative URL.
    expect(safeUrl('poster.jpg', base)).to.equal('https://cards.example/page/poster.jpg');
    expect(safeUrl('poster.jpg', 'https://other.example/')).to.equal('https://other.example/poster.jpg');
  });
});
