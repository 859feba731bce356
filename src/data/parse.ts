// Numbers as people and services write them: "7.5", "7,5", "1,234", "1.234", "1 234".

const plainDecimal = /^\d+(\.\d+)?$/;

/**
 * A decimal score. A comma followed by one or two digits is a decimal comma
 * ("7,5"); any other comma or space is a thousands separator. Returns
 * undefined for anything that is not a finite number.
 */
export function parseDecimal(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  let text = input;
  // Most scores and counts are written plainly ("7.5", "1037"): read as they are.
  if (!plainDecimal.test(text)) {
    text = input.trim().replace(/[\s\u00a0\u202f]/g, '');
    if (text === '') return undefined;
    if (/^-?\d+,\d{1,2}$/.test(text)) text = text.replace(',', '.');
    else text = text.replace(/,(?=\d{3}(\D|$))/g, '');
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A whole, non-negative count such as a number of votes: digits, optionally in groups of three
 * ("1,234", "1.234", "1 234"). Anything else that reads as a decimal is rounded ("342.5" -> 343).
 */
export function parseCount(input: unknown): number | undefined {
  if (typeof input === 'string') {
    const text = input.trim();
    if (/^\d{1,3}([,.'’\s\u00a0\u202f]\d{3})+$/.test(text)) return Number(text.replace(/\D/g, ''));
  }
  const value = parseDecimal(input);
  return value !== undefined && value >= 0 && value < 1e15 ? Math.round(value) : undefined;
}
