// Loading under faults, all in one page at once, from real HTTP (test/server/routes.mjs): every card
// must end in a clear state, loaded or an error with a Retry button, and nothing may reject unhandled.
import { expect } from '@open-wc/testing';
import '../../src/register.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { FilmErrorEvent, FilmLoadEvent } from '../../src/data/events.js';
import { unique } from '../data/http.js';
import { muteWarnings, recordPageErrors, settle } from './helpers.js';

interface Fault {
  name: string;
  src: string;
  timeout?: number;
  /** The title it ends showing, or the kind of error it ends in. */
  expect: { title: string } | { error: string; status?: number };
}

const TEN_MB = 10 * 1024 * 1024;

const faults: Fault[] = [
  { name: 'slow: answers after 1.5 s', src: '/api/title?t=Slow&delay=1500', expect: { title: 'Slow' } },
  {
    name: 'slower than its timeout',
    src: '/api/title?t=Late&delay=5000',
    timeout: 1000,
    expect: { error: 'timeout' },
  },
  {
    name: 'headers at once, then the body a byte every 150 ms, past the timeout',
    src: '/api/drip?ms=150',
    timeout: 1500,
    expect: { error: 'timeout' },
  },
  {
    name: 'connection dropped mid-body (with a Content-Length)',
    src: '/api/cut?bytes=200000',
    expect: { error: 'network' },
  },
  {
    name: 'connection dropped mid-body (chunked)',
    src: '/api/cut?bytes=200000&chunked=1',
    expect: { error: 'network' },
  },
  { name: 'connection closed before any answer', src: '/api/drop', expect: { error: 'network' } },
  {
    name: '500 the first time, 200 on Retry',
    src: '/api/fail-once?t=Second+time+lucky',
    expect: { error: 'http', status: 500 },
  },
  { name: '503 Service Unavailable', src: '/api/status/503', expect: { error: 'http', status: 503 } },
  {
    name: '10 MB of JSON, with a Content-Length',
    src: `/api/huge?bytes=${TEN_MB}`,
    expect: { error: 'too-large' },
  },
  {
    name: '10 MB of JSON, streamed without a Content-Length',
    src: `/api/huge?bytes=${TEN_MB}&chunked=1`,
    expect: { error: 'too-large' },
  },
  { name: 'a web page (text/html) instead of JSON', src: '/api/html', expect: { error: 'parse' } },
  {
    name: 'JSON labelled text/html',
    src: '/api/fixture/own-little-pyongyang.json?type=text/html',
    expect: { title: 'Little Pyongyang' },
  },
  {
    name: 'JSON labelled text/plain',
    src: '/api/fixture/own-little-pyongyang.json?type=text/plain',
    expect: { title: 'Little Pyongyang' },
  },
  {
    name: 'JSON labelled image/png',
    src: '/api/fixture/own-little-pyongyang.json?type=image/png',
    expect: { title: 'Little Pyongyang' },
  },
  { name: 'malformed JSON', src: '/api/bad-json', expect: { error: 'parse' } },
  { name: 'an empty 200', src: '/api/status/200', expect: { error: 'parse' } },
  { name: '204 No Content', src: '/api/status/204', expect: { error: 'parse' } },
  { name: 'valid JSON that is no film', src: '/api/fixture/unknown-shape.json', expect: { error: 'shape' } },
  { name: "OMDb's error answer", src: '/api/fixture/omdb-error.json', expect: { error: 'api' } },
];

const part = (card: Element, name: string) =>
  card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The first film-load or film-error of a card. */
const outcome = (card: FilmCard) =>
  new Promise<FilmLoadEvent | FilmErrorEvent>((resolve) => {
    card.addEventListener('film-load', resolve, { once: true });
    card.addEventListener('film-error', resolve, { once: true });
  });

describe('loading under faults, in one page', function () {
  this.timeout(30_000);

  it(`ends every card in a clear state: ${faults.length} faults at once`, async () => {
    const errors = recordPageErrors();
    const warnings = muteWarnings();
    const container = document.createElement('div');
    document.body.append(container);
    const rows: string[] = [];
    try {
      const cards = faults.map((fault) => {
        const card = document.createElement('film-card');
        card.loading = 'eager';
        if (fault.timeout) card.timeout = fault.timeout;
        card.src = fault.src = unique(fault.src);
        return card;
      });
      const outcomes = cards.map(outcome);
      const started = performance.now();
      container.append(...cards);
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(
        cards.every((card) => part(card, 'card')!.getAttribute('aria-busy') === 'true'),
        'a skeleton while loading',
      ).to.equal(true);

      const events = await Promise.all(outcomes);
      await settle(cards);
      events.forEach((event, i) => {
        const { name, expect: wanted } = faults[i]!;
        const card = cards[i]!;
        const seconds = ((event.timeStamp - started) / 1000).toFixed(1);
        if ('title' in wanted) {
          expect(event.type, name).to.equal('film-load');
          expect(part(card, 'title')!.textContent.trim(), name).to.equal(wanted.title);
          rows.push(`  ${name}: loaded "${wanted.title}" after ${seconds} s`);
        } else {
          const detail = (event as FilmErrorEvent).detail;
          expect(event.type, name).to.equal('film-error');
          expect(detail.kind, `${name}: ${detail.message}`).to.equal(wanted.error);
          if (wanted.status) expect(detail.status, name).to.equal(wanted.status);
          // The error state: a message in the card, not an alert (a page of cards that goes offline
          // would interrupt a screen reader once per card), and a way to try again where it may
          // help (not for an answer that would be the same again).
          expect(part(card, 'error')!.getAttribute('role'), name).to.equal(null);
          expect(part(card, 'error')!.textContent, name).to.match(/\w/);
          const again =
            !['too-large', 'shape'].includes(wanted.error) && ![404, 410].includes(wanted.status ?? 0);
          expect(part(card, 'retry') !== null, `${name}: Retry`).to.equal(again);
          rows.push(
            `  ${name}: error "${detail.kind}" after ${seconds} s (${detail.message.replace(/http:\/\/[^ ]+/, 'URL')})`,
          );
        }
        expect(card.shadowRoot!.querySelector('[aria-busy="true"]'), `${name}: still loading`).to.equal(null);
      });

      // Retry loads again: the server that failed once answers now.
      const flaky = cards[faults.findIndex((fault) => fault.name.startsWith('500'))]!;
      const retried = outcome(flaky);
      part(flaky, 'retry')!.click();
      expect((await retried).type).to.equal('film-load');
      await flaky.updateComplete;
      expect(part(flaky, 'title')!.textContent.trim()).to.equal('Second time lucky');
      rows.push('  after Retry, the 500 card: loaded "Second time lucky"');

      // Nothing late: no rejection, and every card still where it ended.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors.errors).to.deep.equal([]);
      // eslint-disable-next-line no-console
      console.log(
        `loading under faults (${faults.length} cards in one page, ${rows.length - 1} outcomes + Retry):\n${rows.join('\n')}`,
      );
    } finally {
      warnings.restore();
      errors.stop();
      container.remove();
    }
  });
});
