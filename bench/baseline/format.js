// English strings and formatters, each made once, as the card formats them. The baseline
// speaks one language: the floor pays for formatting, not for choosing a language.

const locale = 'en';
const number = new Intl.NumberFormat(locale);
const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' });
const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
const currencies = new Map();

export const sources = {
  imdb: ['IMDb', 10],
  tmdb: ['TMDB', 10],
  letterboxd: ['Letterboxd', 5],
  metacritic: ['Metacritic', 100],
  'rotten-tomatoes': ['Rotten Tomatoes', 100],
};
export const kinds = ['stream', 'free', 'ads', 'rent', 'buy', 'cinema'];
export const kindNames = {
  stream: 'Stream',
  free: 'Free',
  ads: 'Free with ads',
  rent: 'Rent',
  buy: 'Buy',
  cinema: 'In cinemas',
};

/** The reader's region, as the card defaults to it. */
export const region = new Intl.Locale(navigator.language).maximize().region;

export const formatNumber = (value) => number.format(value);
export const formatScore = (value, max) => (max > 10 ? whole : decimal).format(value);
export const formatVotes = (value) => compact.format(value);
export const formatDay = (iso) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
export const formatLongDay = (date) => longDay.format(date);
export const languageName = (code) => languages.of(code) ?? code;
export const regionName = (code) => regions.of(code) ?? code;
export const formatList = (items) => list.format(items);

export function formatRuntime(total) {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return minutes.format(m);
  return m === 0 ? hours.format(h) : `${hours.format(h)} ${minutes.format(m)}`;
}

export function formatPrice(price, currency) {
  let format = currencies.get(currency);
  if (!format)
    currencies.set(currency, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return format.format(price);
}
