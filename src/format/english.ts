// Formatters for plain English (`en`, `en-US`) that write exactly what Intl writes for the cases a
// card shows, without loading Intl's locale data. Each returns undefined for anything else, and
// the caller asks Intl. test/format/english.test.ts compares them with Intl value by value.

/** Locales whose numbers, dates and lists follow US English, the `en` default. */
export function isPlainEnglish(locale: string): boolean {
  return locale === 'en' || locale === 'en-US';
}

/**
 * Intl rounds the shortest decimal text of a number, half away from zero: so does this, by moving
 * the decimal point in that text ("1.005e2" is exactly 100.5). Non-negative numbers below 10^15 only.
 */
function round(value: number, digits: number): number | undefined {
  if (!(value >= 0 && value < 1e15) || Object.is(value, -0)) return undefined;
  // A whole number is its own rounding (the common case: years, votes, runtimes).
  if (Number.isInteger(value)) return value;
  if (/e/.test(String(value))) return undefined;
  return Math.round(Number(`${value}e${digits}`)) / 10 ** digits;
}

/** A rounded number with English digit grouping: 1234567.5 -> "1,234,567.5". */
const written = (value: number | undefined, grouped = true) =>
  value === undefined
    ? undefined
    : value < 1000 || !grouped
      ? String(value)
      : String(value).replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));

const UNITS = new Map([
  ['minute', 'min'],
  ['hour', 'hr'],
]);

/** Writes a non-negative number as Intl does for one set of options, or gives undefined for it. */
type EnglishNumberWriter = (value: number) => string | undefined;

/**
 * What writes numbers as `new Intl.NumberFormat('en', options)` does, for non-negative numbers,
 * with: no options or `maximumFractionDigits`; `notation: 'compact'` with `maximumFractionDigits`;
 * a short `minute` or `hour` unit; `useGrouping: false` (years); or a `percent` with no fraction
 * digits. Undefined for other options. The options are read once, not for every number written.
 */
export function englishNumbers(options: Intl.NumberFormatOptions): EnglishNumberWriter | undefined {
  const {
    maximumFractionDigits: digits = 3,
    notation = 'standard',
    style = 'decimal',
    unit = '',
    unitDisplay,
    useGrouping = true,
    ...rest
  } = options;
  if (Object.keys(rest).length || !(digits >= 0 && digits <= 3)) return undefined;
  // Without grouping (years), plain decimals only; other grouping strategies are left to Intl.
  if (useGrouping === false)
    return style === 'decimal' && notation === 'standard'
      ? (value) => written(round(value, digits), false)
      : undefined;
  if (useGrouping !== true) return undefined;
  if (style === 'unit') {
    const name = unitDisplay === 'short' && notation === 'standard' ? UNITS.get(unit) : undefined;
    if (!name) return undefined;
    return (value) => {
      const whole = Number.isInteger(value) ? written(round(value, 0)) : undefined;
      return whole && `${whole} ${name}`;
    };
  }
  // Whole percentages only. The value is scaled in its decimal text ("1.005e2" is exactly 100.5),
  // as Intl scales it exactly: 1.005 * 100 in binary is 100.49999999999999.
  if (style === 'percent')
    return notation === 'standard' && digits === 0
      ? (value) => {
          const percent = /e/.test(String(value)) ? undefined : round(Number(`${value}e2`), 0);
          return percent === undefined ? undefined : `${written(percent)}%`;
        }
      : undefined;
  if (style !== 'decimal') return undefined;
  if (notation === 'standard') return (value) => written(round(value, digits));
  // Without a fraction limit, compact numbers round to significant digits instead.
  if (notation !== 'compact' || options.maximumFractionDigits === undefined) return undefined;
  return (value) => {
    const power = value < 1e3 ? 0 : value < 1e6 ? 1 : value < 1e9 ? 2 : value < 1e12 ? 3 : 4;
    const scaled = round(value / 1000 ** power, digits);
    // 999,950 rounds to 1,000K, which Intl writes as 1M: left to Intl.
    return scaled === undefined || scaled >= 1000
      ? undefined
      : `${written(scaled)}${['', 'K', 'M', 'B', 'T'][power]}`;
  };
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/**
 * A date as `new Intl.DateTimeFormat('en', { dateStyle, timeZone: 'UTC' })` writes it, for the
 * `medium` ("Mar 4, 1922") and `long` ("March 4, 1922") styles in years 1000 to 9999.
 */
export function englishDate(
  date: Date | number | undefined,
  options: Intl.DateTimeFormatOptions,
): string | undefined {
  const { dateStyle, timeZone, ...rest } = options;
  if (Object.keys(rest).length || timeZone !== 'UTC' || (dateStyle !== 'medium' && dateStyle !== 'long'))
    return undefined;
  if (date === undefined) return undefined;
  const day = new Date(date);
  const year = day.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined; // NaN too
  const month = MONTHS[day.getUTCMonth()] ?? '';
  return `${dateStyle === 'medium' ? month.slice(0, 3) : month} ${day.getUTCDate()}, ${year}`;
}

/** English plural categories: "one" for 1 (and -1), "other" for every other number. */
export function englishPlural(value: number): Intl.LDMLPluralRule {
  return Math.abs(value) === 1 ? 'one' : 'other';
}

/** A list as `new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })` writes it. */
export function englishList(items: Iterable<string>): string {
  const list = [...items];
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}`;
}
