/**
 * EAN-13 barcodes (GTIN-13): twelve data digits and a check digit. Weights
 * alternate 1 and 3 from the left; the check digit tops the sum up to a
 * multiple of ten.
 */
const DATA_DIGITS = /^\d{12}$/;
const EAN13 = /^\d{13}$/;

/** The check digit for twelve data digits. Throws if `dataDigits` is not exactly 12 digits. */
export function ean13CheckDigit(dataDigits: string): number {
  if (!DATA_DIGITS.test(dataDigits)) throw new RangeError(`expected 12 digits, got "${dataDigits}"`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(dataDigits[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** Twelve data digits followed by their check digit. */
export function withEan13CheckDigit(dataDigits: string): string {
  return `${dataDigits}${ean13CheckDigit(dataDigits)}`;
}

export function isValidEan13(code: string): boolean {
  return EAN13.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}
