// The card maker: pasted JSON, a fetched URL or the form become one validated Film, through the
// same adapters, validation and loader the card uses; the outputs are built from that Film.
// Nothing is sent anywhere unless the author presses Fetch.
import '../../src/index.js';
import {
  adaptFilm,
  defaultAdapters,
  FilmApiError,
  filmFromAttributes,
  FilmLoadError,
  loadFilmJson,
  mergeFilm,
  type Film,
  type FilmAttribute,
  type FilmCard,
  type FilmPatch,
} from '../../src/elements.js';
import { parseScriptJson } from '../../src/data/script-json.js';
import { hasScheme } from '../../src/data/adapters/read.js';
import {
  byteSize,
  filmAttributes,
  leftOut,
  react,
  renderOptions,
  reservedWidths,
  reservesHeight,
  snippet,
  staticHtml,
  vue,
  type MakerOptions,
  type ReservedHeight,
} from './outputs.js';
import type { RenderCard } from './render.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#maker');
const pasted = $<HTMLTextAreaElement>('#maker-json');
const status = $<HTMLElement>('#maker-status');
const fields = $<HTMLFieldSetElement>('#maker-fields');

/** The film read from the pasted or fetched JSON; the form's fields go on top of it. */
let base: FilmPatch | undefined;
let film: Film | undefined;
/**
 * The form's fields the author typed in since a paste last filled them: a paste of the same film
 * (the paste box edited, the same URL fetched again), a failed one or an emptied box never wipes
 * them; another film's paste starts afresh.
 */
const typedByHand = new Set<string>();
/** Which film the last paste read (its id, else its title and year). */
let lastRead: string | undefined;

/**
 * A base no relative URL resolves against: the maker cannot know the address of the blog a
 * relative poster or link in pasted data belongs to, so it refuses it rather than point it here.
 */
const NO_ADDRESS = 'about:blank';

/** A reason already written for the author. */
class Unreadable extends Error {}

/**
 * JSON as pasted, or the JSON-LD inside a pasted web page (IMDb's title pages carry the film as
 * `<script type="application/ld+json">`). The page is parsed inertly: nothing in it runs or loads.
 * Its scripts are read as the card reads them (Letterboxd wraps its JSON-LD in a CDATA guard),
 * and one that does not parse is skipped rather than sinking the others.
 */
function readPasted(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('<')) {
    const page = new DOMParser().parseFromString(trimmed, 'text/html');
    const scripts = [...page.querySelectorAll('script[type="application/ld+json"]')];
    const read = scripts.flatMap((script): unknown[] => {
      try {
        return [parseScriptJson(script.textContent ?? '')];
      } catch {
        return [];
      }
    });
    if (!read.length)
      throw new Unreadable('this web page holds no film data the maker can read (no JSON-LD)');
    return read;
  }
  return JSON.parse(trimmed);
}

/** Why pasted or fetched data gave no film, in words for an author rather than a developer. */
function reason(error: unknown): string {
  if (error instanceof Unreadable || error instanceof FilmApiError) return error.message;
  if (error instanceof SyntaxError)
    return "it is not JSON. Paste the whole answer from TMDB or OMDb, film-cards JSON, or the source of a film's page on IMDb or Letterboxd";
  return 'it is not a film the maker knows: TMDB or OMDb JSON, JSON-LD from IMDb or Letterboxd, or film-cards JSON';
}

function say(message: string, error = false) {
  status.textContent = message;
  status.classList.toggle('error', error);
}

/** What to tell the author of a relative address: that the maker has nothing to resolve it against. */
const RELATIVE =
  'a relative address: write the full address (https://…), as the maker cannot know your blog’s';

/** A warning about a value, in words for the author: a relative address says so. */
function explain(message: string): string {
  const value = /^ignored "(.*)" \(not an http\(s\) URL\)$/.exec(message)?.[1];
  return value !== undefined && !hasScheme(value) ? `ignored "${value}", ${RELATIVE}` : message;
}

/**
 * Turns JSON in any supported shape into the base film, and shows its fields in the form. `url`:
 * where it was fetched from, which its relative addresses resolve against, as the card does.
 * JSON-LD pasted from a film's page resolves its own against that page's address, or drops them.
 */
function useJson(json: unknown, from: string, url?: string) {
  const adapter = defaultAdapters.find((candidate) => candidate.detect(json));
  const warnings: string[] = [];
  base = adaptFilm(json, {
    base: url ?? (adapter?.name === 'schema.org' ? undefined : NO_ADDRESS),
    warn: (field, message) => warnings.push(`${field}: ${explain(message)}`),
  });
  const read = mergeFilm([base]);
  if (!read)
    throw new Unreadable(
      "it has no film title (TMDB's watch providers alone have none: ask for the film with append_to_response=watch/providers)",
    );
  // Another film: what was typed for the last one does not carry over to it.
  const which = read.id ?? `${read.title} (${read.year ?? ''})`;
  if (which !== lastRead) typedByHand.clear();
  lastRead = which;
  fillForm(read);
  const format = adapter ? `${adapter.name === 'film' ? 'film-cards' : adapter.name} JSON` : 'the film';
  const left = warnings.length ? ` Left out: ${warnings.join('; ')}.` : '';
  say(`Read ${format} from ${from}: ${read.title}${read.year ? ` (${read.year})` : ''}.${left}`);
}

const formField = (name: FilmAttribute) =>
  fields.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)!;

/** The form's fields filled from the pasted film, and the field of the film each one shows. */
const shownFields = [
  ['film-title', 'title'],
  ['year', 'year'],
  ['runtime', 'runtime'],
  ['language', 'language'],
  ['genres', 'genres'],
  ['synopsis', 'synopsis'],
  ['poster', 'poster'],
  ['href', 'href'],
  ['film-id', 'id'],
] as const;

/**
 * Fills the form from the film read, or empties it (`{}`): a failed paste leaves no pasted film
 * behind. What the author typed stays where the paste has nothing to put.
 */
function fillForm(read: Partial<Film>) {
  const shown = (key: (typeof shownFields)[number][1]) =>
    key === 'genres' ? read.genres?.join(', ') : key === 'poster' ? read.poster?.src : read[key];
  const rating = read.ratings?.[0];
  const values: [FilmAttribute, string | number | undefined][] = [
    ...shownFields.map(([name, key]): [FilmAttribute, string | number | undefined] => [name, shown(key)]),
    ['rating', rating?.value],
    ['votes', rating?.votes],
    ['rating-source', rating?.source],
  ];
  for (const [name, value] of values) {
    if (value === undefined && typedByHand.has(name)) continue;
    formField(name).value = String(value ?? '');
    typedByHand.delete(name);
  }
}

/** The region typed, as an upper-case code; "UK", which authors often write, is GB. */
function regionOf(typed: string): string {
  if (!/^[a-z]{2}$/i.test(typed)) return '';
  const code = typed.toUpperCase();
  return code === 'UK' ? 'GB' : code;
}

function options(): MakerOptions {
  const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(id).value.trim();
  const checked = (id: string) => $<HTMLInputElement>(id).checked;
  return {
    variant: value('#maker-variant') as MakerOptions['variant'],
    theme: value('#maker-theme') as MakerOptions['theme'],
    region: regionOf(value('#maker-region')),
    lang: value('#maker-lang'),
    watchlist: checked('#maker-watchlist'),
    jsonLd: checked('#maker-json-ld'),
    script: value('#maker-script') || '/film-cards/film-cards.js',
    staticScript: checked('#maker-static-script'),
  };
}

/** A field's name as the form shows it ("Poster URL"), for telling the author about it. */
const labelOf = (name: string) =>
  fields.querySelector(`[name="${name}"]`)?.closest('label')?.firstChild?.textContent?.trim() ?? name;

/**
 * An address typed in the form as the card should get it: `www.imdb.com/…` (no scheme, as it is
 * often copied) is https, as the data layer reads it in JSON-LD; a relative one is refused, for
 * the page it would resolve against is the maker's, not the blog's.
 */
function typedAddress(typed: string): string | { refused: string } {
  const text = typed.trim();
  if (/^www\.[a-z\d-]+(\.[a-z\d-]+)+(\/|$)/i.test(text)) return `https://${text}`;
  if (text.startsWith('//')) return `https:${text}`;
  return hasScheme(text) ? text : { refused: `ignored "${text}", ${RELATIVE}` };
}

/** The form's fields, validated as a card validates its attributes, and what was left out. */
function fromForm(): { patch: FilmPatch; warnings: string[] } {
  const attributes: Partial<Record<FilmAttribute, string>> = {};
  const warnings: string[] = [];
  for (const element of fields.querySelectorAll<HTMLInputElement>('[name]')) {
    if (!element.value.trim()) continue;
    const name = element.name as FilmAttribute;
    const value = name === 'poster' || name === 'href' ? typedAddress(element.value) : element.value;
    if (typeof value === 'string') attributes[name] = value;
    else warnings.push(`${labelOf(name)}: ${value.refused}.`);
  }
  const patch = filmFromAttributes(attributes, (name, message) =>
    warnings.push(`${labelOf(name)}: ${message}.`),
  );
  return { patch, warnings };
}

function previewCard(frame: HTMLElement, opts: MakerOptions) {
  let card = frame.querySelector<FilmCard>('film-card');
  if (!card) card = frame.appendChild(document.createElement('film-card'));
  card.film = film;
  const attributes: Record<string, string> = {
    variant: opts.variant,
    theme: opts.theme,
    region: opts.region,
    lang: opts.lang,
    watchlist: opts.watchlist ? 'local' : '',
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value) card.setAttribute(name, value);
    else card.removeAttribute(name);
  }
}

/** The renderer's frame (see render.ts), ready once it has said so. */
const renderer = new Promise<RenderCard>((resolve) => {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'Static HTML renderer';
  frame.src = new URL('./maker/render.html', document.baseURI).href;
  addEventListener('message', function ready(event) {
    if (event.source !== frame.contentWindow || event.data !== 'film-cards-renderer-ready') return;
    removeEventListener('message', ready);
    resolve(frame.contentWindow!.renderCard!);
  });
  document.body.append(frame);
});
let renderCard: RenderCard | undefined;
void renderer.then((render) => {
  renderCard = render;
  update();
});

let reservedHeight: ReservedHeight | undefined;
let measuring = 0;

/** Draws the card off screen at each width, then writes the outputs again with its heights. */
async function measureHeight(opts: MakerOptions) {
  const run = (measuring += 1);
  reservedHeight = undefined;
  const box = $<HTMLElement>('#maker-measure');
  if (!film || !reservesHeight(opts)) return box.replaceChildren();
  // The snippet's own card, from its attributes: it may show less than the previews (one rating,
  // one region's offers), and the space it reserves must fit what it shows.
  const card = document.createElement('film-card');
  for (const [name, value] of filmAttributes(film, opts)) card.setAttribute(name, value);
  box.replaceChildren(card);
  await card.updateComplete;
  // The card's own elements draw in the frame after it.
  await new Promise(requestAnimationFrame);
  if (run !== measuring) return;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const height = {} as ReservedHeight;
  for (const [size, { card: width }] of Object.entries(reservedWidths) as [
    keyof ReservedHeight,
    { card: number },
  ][]) {
    box.style.width = `${width}px`;
    height[size] = card.getBoundingClientRect().height / rem;
  }
  reservedHeight = height;
  writeOutputs(opts);
}

const builders: Record<string, (film: Film, options: MakerOptions) => string> = {
  snippet: (film, options) => snippet(film, options, reservedHeight),
  static: (film, options) =>
    renderCard
      ? staticHtml(renderCard(JSON.stringify(film), JSON.stringify(renderOptions(options))), options)
      : '',
  react,
  vue,
};

/**
 * The pasted film less what the author emptied in the form: the form shows the pasted values, so
 * an emptied field removes one (its first rating, for the rating field), as its legend promises.
 */
function withoutEmptied(pasted: FilmPatch | undefined): FilmPatch | undefined {
  if (!pasted) return undefined;
  const emptied = (name: FilmAttribute) => !formField(name).value.trim();
  const kept: FilmPatch = { ...pasted };
  for (const [name, key] of shownFields) if (emptied(name)) delete kept[key];
  if (emptied('rating')) kept.ratings = kept.ratings?.slice(1);
  return kept;
}

// What the form cannot use is said once the author pauses, as for the paste box: a screen reader is
// not told "ignored "1"", then "19", at each key. Nothing left to say is cleared at once.
let formStatus: ReturnType<typeof setTimeout> | undefined;
function sayFormStatus(text: string) {
  clearTimeout(formStatus);
  const region = $<HTMLElement>('#maker-form-status');
  const write = () => {
    if (region.textContent !== text) region.textContent = text;
  };
  if (text) formStatus = setTimeout(write, 600);
  else write();
}

function update() {
  const typed = fromForm();
  film = mergeFilm([withoutEmptied(base), typed.patch]);
  const anything =
    base || [...fields.querySelectorAll<HTMLInputElement>('[name]')].some((el) => el.value.trim());
  sayFormStatus(
    [
      ...typed.warnings,
      !film && anything ? 'The film has no title: a card needs one, so there is no code yet.' : '',
    ].join(' '),
  );
  const opts = options();
  for (const frame of [$<HTMLElement>('#maker-phone'), $<HTMLElement>('#maker-desktop')]) {
    if (film) previewCard(frame, opts);
    else frame.replaceChildren();
  }
  // Measuring first drops the last film's heights, so that no output carries them meanwhile.
  void measureHeight(opts);
  writeOutputs(opts);
}

function writeOutputs(opts: MakerOptions) {
  const missing = film ? leftOut(film, opts) : [];
  $<HTMLElement>('#maker-left-out').textContent = missing.length
    ? `Attributes cannot carry all of this film: this card shows no ${missing.join(', no ')}. The other outputs keep everything.`
    : '';
  // The snippet's facts for readers without the script are written once, in one language.
  $<HTMLElement>('#maker-snippet-lang').textContent =
    film && !opts.lang
      ? "The facts inside the card, for readers without the script, are in English: pick your page's language above to write them in another."
      : '';
  // Static HTML is drawn once, in one language, and keeps it when the script takes it over.
  $<HTMLElement>('#maker-static-lang').textContent =
    film && !opts.lang ? "Drawn in English: pick your page's language above to draw it in another." : '';
  for (const output of document.querySelectorAll<HTMLElement>('[data-output]')) {
    const text = (film && builders[output.dataset.output ?? '']?.(film, opts)) ?? '';
    output.querySelector('textarea')!.value = text;
    output.querySelector('.size')!.textContent = text ? `${byteSize(text).toLocaleString('en')} bytes` : '';
    output.querySelector<HTMLButtonElement>('.copy')!.disabled = !text;
  }
}

function onPaste() {
  const text = pasted.value;
  if (!text.trim()) {
    base = undefined;
    fillForm({});
    say('');
    return update();
  }
  try {
    useJson(readPasted(text), 'the pasted text');
  } catch (error) {
    base = undefined;
    fillForm({});
    say(`Could not read the pasted text: ${reason(error)}.`, true);
  }
  update();
}

async function onFetch() {
  const url = $<HTMLInputElement>('#maker-url').value.trim();
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    return say('Enter an http(s) URL to fetch.', true);
  }
  say(`Fetching ${url}…`);
  try {
    // The card's own loader: its timeout, its 1 MB cap, its error kinds.
    useJson(await loadFilmJson(url), url, url);
  } catch (error) {
    // The loader's own messages already name the URL.
    say(
      error instanceof FilmLoadError
        ? `Could not fetch it: ${error.message}`
        : `Could not read ${url}: ${reason(error)}.`,
      true,
    );
  }
  update();
}

async function copy(button: HTMLButtonElement) {
  const output = button.closest<HTMLElement>('.output')!;
  const what = output.querySelector('h3')!.textContent;
  const text = output.querySelector('textarea')!.value;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
    say(`Copied: ${what}.`);
  } catch {
    // Clipboard refused (an insecure origin, say): select the text for the author to copy.
    output.querySelector('textarea')!.select();
    button.textContent = 'Selected: press Ctrl+C';
    say(`${what} is selected: press Ctrl+C to copy it.`);
  }
  setTimeout(() => (button.textContent = 'Copy'), 2000);
}

/** The README's film, for a first look at every output; its poster is the demo's own. */
function useSample() {
  const sample = {
    id: 'little-pyongyang-2018',
    title: 'Little Pyongyang',
    year: 2018,
    runtime: 24,
    language: 'ko',
    genres: ['Documentary'],
    synopsis:
      'A short documentary portrait of New Malden in south-west London, nicknamed Little Pyongyang for the North Korean community that has settled there.',
    poster: { src: new URL('posters/little-pyongyang.svg', document.baseURI).href, width: 342, height: 513 },
    ratings: [{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }],
    availability: [{ region: 'GB', offers: [] }],
  };
  pasted.value = JSON.stringify(sample, null, 2);
  onPaste();
}

// A paste is read at once; typing is read once the author pauses, so that a screen reader is not
// told the half-typed JSON is unreadable at every key.
let typing: ReturnType<typeof setTimeout> | undefined;
pasted.addEventListener('input', (event) => {
  clearTimeout(typing);
  const typed = event instanceof InputEvent && !/^insertFrom(Paste|Drop)$/.test(event.inputType);
  if (typed) typing = setTimeout(onPaste, 600);
  else onPaste();
});
$('#maker-sample').addEventListener('click', useSample);
$('#maker-fetch').addEventListener('click', () => void onFetch());
form.addEventListener('input', (event) => {
  if (event.target === pasted) return;
  const name = (event.target as Element).getAttribute('name');
  if (name) typedByHand.add(name);
  update();
});
form.addEventListener('change', (event) => event.target !== pasted && update());
form.addEventListener('submit', (event) => event.preventDefault());
$('#maker-static-script').addEventListener('change', update);
for (const button of document.querySelectorAll<HTMLButtonElement>('.copy')) {
  // "Copy Static HTML": four buttons, each named by what it copies (its visible word first).
  button.setAttribute('aria-label', `Copy ${button.closest('.output')!.querySelector('h3')!.textContent}`);
  button.addEventListener('click', () => void copy(button));
}
update();
