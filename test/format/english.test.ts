// The plain-English formatters stand in for Intl on an English card's first render: they must write
// Intl's text exactly for every case they accept, and leave every other case to Intl.
import { expect, fixture, html } from '@open-wc/testing';
import { englishDate, englishList, englishNumbers, englishPlural } from '../../src/format/english.js';

/** A number as the English writer for `options` writes it; undefined where it leaves it to Intl. */
const englishNumber = (value: number, options: Intl.NumberFormatOptions) => englishNumbers(options)?.(value);
import { englishLanguages, englishRegions } from '../../src/format/english-names.js';
import { dateFormat, displayName, listFormat, numberFormat, pluralRules } from '../../src/format/intl.js';
import { formatDate, formatRuntime } from '../../src/format/film.js';
import '../../src/film-card/define.js';

type IntlConstructor =
  'NumberFormat' | 'DateTimeFormat' | 'PluralRules' | 'ListFormat' | 'DisplayNames' | 'Locale';

/** What each kind of Intl object does for a page: its methods, and getters that return one. */
const intlMethods: Record<IntlConstructor, string[]> = {
  NumberFormat: ['format', 'formatToParts', 'formatRange'],
  DateTimeFormat: ['format', 'formatToParts', 'formatRange'],
  PluralRules: ['select', 'selectRange'],
  ListFormat: ['format', 'formatToParts'],
  DisplayNames: ['of'],
  Locale: ['maximize', 'minimize', 'region', 'language'],
};

/**
 * The Intl objects of the named kinds made or used while `run` runs, as "Kind(locale)" and
 * "Kind.method". Uses count too: the formatters are made once per page and kept, so an object made
 * by an earlier test would otherwise go unseen when the card falls back to it.
 */
async function intlUsedDuring(kinds: IntlConstructor[], run: () => Promise<void>): Promise<string[]> {
  const used: string[] = [];
  type Constructor = new (...args: unknown[]) => object;
  const intl = Intl as unknown as Record<IntlConstructor, Constructor>;
  const restore: (() => void)[] = [];
  for (const kind of kinds) {
    const Original = intl[kind];
    intl[kind] = new Proxy(Original, {
      construct(target, args) {
        used.push(`${kind}(${String(args[0])})`);
        return Reflect.construct(target, args);
      },
    });
    restore.push(() => (intl[kind] = Original));
    const proto = Original.prototype as Record<string, unknown>;
    for (const method of intlMethods[kind]) {
      const own = Object.getOwnPropertyDescriptor(proto, method);
      if (!own) continue;
      const note = () => used.push(`${kind}.${method}`);
      const wrapped: PropertyDescriptor = own.get
        ? {
            ...own,
            get(this: unknown) {
              note();
              return own.get!.call(this);
            },
          }
        : {
            ...own,
            value(this: unknown, ...args: unknown[]) {
              note();
              return (own.value as (...a: unknown[]) => unknown).apply(this, args);
            },
          };
      Object.defineProperty(proto, method, wrapped);
      restore.push(() => Object.defineProperty(proto, method, own));
    }
  }
  try {
    await run();
  } finally {
    for (const undo of restore) undo();
  }
  return used;
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** A card, rendered, and the availability block it draws in its own shadow root. */
async function cardWithAvailability(template: ReturnType<typeof html>) {
  const card = await fixture<Updatable>(template);
  await card.updateComplete;
  const block = card.shadowRoot!.querySelector<HTMLElement>('[part~="availability"]');
  expect(block === null, 'the availability block').to.equal(false);
  return { card, block: block! };
}

const numbers = [
  0, 0.04, 0.05, 0.1, 0.15, 0.25, 0.45, 0.95, 0.96, 1, 1.005, 1.05, 1.25, 1.45, 2.5, 5, 6.05, 7, 7.25, 7.45,
  7.5, 7.55, 8.95, 9.95, 9.96, 10, 12, 39, 85, 99.95, 100, 999, 999.4, 999.95, 1000, 1049, 1050, 1234, 1250,
  9999, 12345, 99949, 99950, 123456, 999949, 999950, 1e6, 1234567, 12345678, 999999999, 2.5e9, 1.23456789e12,
  1e14, 123456.789, 3.14159,
];
const numberOptions: Intl.NumberFormatOptions[] = [
  {},
  { maximumFractionDigits: 0 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 2 },
  { notation: 'compact', maximumFractionDigits: 1 },
  { notation: 'compact', maximumFractionDigits: 0 },
  { style: 'unit', unit: 'minute', unitDisplay: 'short' },
  { style: 'unit', unit: 'hour', unitDisplay: 'short' },
  { useGrouping: false },
  { style: 'percent', maximumFractionDigits: 0 },
];

describe('English formatters', () => {
  it('write numbers, compact numbers and durations exactly as Intl does, for en and en-US', () => {
    let checked = 0;
    for (const locale of ['en', 'en-US']) {
      for (const options of numberOptions) {
        const intl = new Intl.NumberFormat(locale, options);
        for (const value of numbers) {
          const ours = englishNumber(value, options);
          if (ours === undefined) continue;
          checked++;
          expect(ours, `${value} ${JSON.stringify(options)}`).to.equal(intl.format(value));
        }
      }
    }
    expect(checked, 'cases written without Intl').to.be.above(
      numbers.length * numberOptions.length * 2 * 0.8,
    );
  });

  it('leave to Intl what they do not write: negatives, currencies, options they do not know', () => {
    expect(englishNumber(-1, {})).to.equal(undefined);
    expect(englishNumber(-0, {})).to.equal(undefined);
    expect(englishNumber(Number.NaN, {})).to.equal(undefined);
    expect(englishNumber(3, { style: 'currency', currency: 'GBP' })).to.equal(undefined);
    expect(englishNumber(3, { minimumFractionDigits: 2 })).to.equal(undefined);
    expect(englishNumber(1234, { notation: 'compact' })).to.equal(undefined);
    expect(englishNumber(3, { style: 'unit', unit: 'second', unitDisplay: 'short' })).to.equal(undefined);
    expect(englishNumber(-5, { style: 'unit', unit: 'minute', unitDisplay: 'short' })).to.equal(undefined);
    expect(englishNumber(-1, { style: 'percent', maximumFractionDigits: 0 })).to.equal(undefined);
    // ...and through the cached formatters, the answer is Intl's all the same.
    for (const [value, options] of [
      [-1234.5, {}],
      [4.5, { style: 'currency', currency: 'GBP' }],
      [999950, { notation: 'compact', maximumFractionDigits: 1 }],
    ] as const) {
      expect(numberFormat('en', options).format(value)).to.equal(
        new Intl.NumberFormat('en', options).format(value),
      );
    }
  });

  it('write medium and long UTC dates exactly as Intl does, every month and across years', () => {
    const days = ['1922-03-04', '2018-09-30', '1000-01-01', '9999-12-31', '2024-02-29'];
    for (let month = 1; month <= 12; month++)
      days.push(`2019-${String(month).padStart(2, '0')}-1${month % 10}`);
    for (const locale of ['en', 'en-US']) {
      for (const dateStyle of ['medium', 'long'] as const) {
        const intl = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' });
        for (const day of days) {
          const date = new Date(`${day}T00:00:00Z`);
          expect(englishDate(date, { dateStyle, timeZone: 'UTC' }), day).to.equal(intl.format(date));
          expect(dateFormat(locale, { dateStyle, timeZone: 'UTC' }).format(date)).to.equal(intl.format(date));
        }
      }
    }
    expect(englishDate(new Date('0900-05-01T00:00:00Z'), { dateStyle: 'medium', timeZone: 'UTC' })).to.equal(
      undefined,
    );
    expect(englishDate(new Date(0), { dateStyle: 'medium' })).to.equal(undefined);
    expect(formatDate('0900-05-01', 'en')).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date('0900-05-01T00:00:00Z'),
      ),
    );
  });

  it('pick the plural form and join lists exactly as Intl does', () => {
    const rules = new Intl.PluralRules('en');
    for (const value of [0, 1, -1, 1.5, 2, 21, 101, 0.5]) {
      expect(englishPlural(value), String(value)).to.equal(rules.select(value));
      expect(pluralRules('en').select(value)).to.equal(rules.select(value));
    }
    const lists = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    for (const names of [
      [],
      ['Bong Joon-ho'],
      ['Lana Wachowski', 'Lilly Wachowski'],
      ['A', 'B', 'C'],
      ['A', 'B', 'C', 'D'],
    ]) {
      expect(englishList(names)).to.equal(lists.format(names));
      expect(listFormat('en').format(names)).to.equal(lists.format(names));
    }
  });

  it('still use Intl for other languages', () => {
    expect(formatRuntime(112, 'fr')).to.equal(
      `${new Intl.NumberFormat('fr', { style: 'unit', unit: 'hour', unitDisplay: 'short' }).format(1)} ${new Intl.NumberFormat('fr', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(52)}`,
    );
    expect(numberFormat('de').format(1234.5)).to.equal('1.234,5');
  });

  it('keep Intl number, date, plural and list objects off the first render of an English card', async () => {
    const kinds: IntlConstructor[] = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat'];
    const made = await intlUsedDuring(kinds, async () => {
      const card = await fixture<Updatable>(html`<film-card
        lang="en"
        film-title="Parasite"
        year="2019"
        runtime="132"
        release-date="2019-05-30"
        rating="8.5"
        votes="1234567"
        rating-source="imdb"
      ></film-card>`);
      await card.updateComplete;
      expect(card.shadowRoot!.textContent).to.contain('2 hr 12 min').and.contain('May 30, 2019');
      expect(card.shadowRoot!.querySelector('[part~="rating-badge"]')!.textContent)
        .to.contain('8.5')
        .and.contain('1.2M');
    });
    expect(made).to.deep.equal([]);
  });

  it('name languages and regions exactly as Intl.DisplayNames does, for en and en-US', () => {
    const languages = Object.keys(englishLanguages);
    const regions = Object.keys(englishRegions);
    expect(languages).to.include('ko');
    expect(regions).to.include('GB');
    for (const locale of ['en', 'en-US']) {
      const intlLanguages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
      const intlRegions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
      for (const code of languages)
        expect(displayName(locale, 'language', code), code).to.equal(intlLanguages.of(code));
      for (const code of regions)
        expect(displayName(locale, 'region', code), code).to.equal(intlRegions.of(code));
      // Codes the tables leave out are Intl's to name.
      expect(displayName(locale, 'language', 'bn')).to.equal(intlLanguages.of('bn'));
      expect(displayName(locale, 'region', 'HK')).to.equal(intlRegions.of('HK'));
    }
    expect(displayName('fr', 'language', 'ko')).to.equal('coréen');
    expect(displayName('en', 'language', 'not a code')).to.equal(undefined);
  });

  it('keep Intl display names and locales off the first render of an English card with a language and a region', async () => {
    const made = await intlUsedDuring(['DisplayNames', 'Locale'], async () => {
      const { card, block } = await cardWithAvailability(
        html`<film-card
        lang="en"
        film-title="Little Pyongyang"
        year="2018"
        runtime="24"
        language="ko"
        region="GB"
        offers="none"
      ></film-card>`,
      );
      expect(card.shadowRoot!.textContent).to.contain('Korean');
      expect(block.textContent).to.contain('the United Kingdom');
    });
    expect(made).to.deep.equal([]);
  });

  it('keep Intl locales off the first render of a card with no region: the page language names it', async () => {
    const shown: string[] = [];
    const made = await intlUsedDuring(['Locale'], async () => {
      for (const lang of ['en', 'en-GB', 'ko']) {
        const { block } = await cardWithAvailability(
          html`<film-card
          lang=${lang}
          film-title="Little Pyongyang"
          offers="none"
        ></film-card>`,
        );
        shown.push(block.textContent.replace(/\s+/g, ' '));
      }
    });
    expect(made).to.deep.equal([]);
    expect(shown[0]).to.contain('the United States');
    expect(shown[1]).to.contain('the United Kingdom');
    expect(shown[2]).to.contain(new Intl.DisplayNames('ko', { type: 'region' }).of('KR'));
  });
});
