import { describe, expect, it } from 'vitest';
import { ean13CheckDigit, isValidEan13, withEan13CheckDigit } from './ean13';

// Well-known published examples (Wikipedia's EAN-13 samples and an ISBN-13), check digit included.
const REAL_BARCODES = ['4006381333931', '5901234123457', '9780306406157'];

describe('ean13CheckDigit', () => {
  it('reproduces the check digit of published barcodes', () => {
    for (const code of REAL_BARCODES) {
      expect(ean13CheckDigit(code.slice(0, 12))).toBe(Number(code[12]));
    }
  });

  it('gives 0 when the weighted sum is already a multiple of ten', () => {
    expect(ean13CheckDigit('000000000000')).toBe(0);
    // 1×1 + 3×3 = 10
    expect(ean13CheckDigit('130000000000')).toBe(0);
  });

  it('rejects input that is not twelve digits', () => {
    expect(() => ean13CheckDigit('12345')).toThrow(RangeError);
    expect(() => ean13CheckDigit('40063813339A')).toThrow(RangeError);
    expect(() => ean13CheckDigit('4006381333931')).toThrow(RangeError);
  });
});

describe('isValidEan13', () => {
  it('accepts published barcodes', () => {
    for (const code of REAL_BARCODES) expect(isValidEan13(code)).toBe(true);
  });

  it('rejects a wrong check digit and any single-digit typo', () => {
    expect(isValidEan13('4006381333932')).toBe(false);
    const code = '4006381333931';
    for (let i = 0; i < 12; i++) {
      const digit = Number(code[i]);
      const typo = `${code.slice(0, i)}${(digit + 1) % 10}${code.slice(i + 1)}`;
      expect(isValidEan13(typo), typo).toBe(false);
    }
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidEan13('')).toBe(false);
    expect(isValidEan13('400638133393')).toBe(false);
    expect(isValidEan13('40063813339311')).toBe(false);
    expect(isValidEan13('400638133393X')).toBe(false);
    expect(isValidEan13(' 4006381333931')).toBe(false);
  });

  it('accepts what withEan13CheckDigit builds', () => {
    for (const data of ['426012300001', '426012399999', '000000000001']) {
      const code = withEan13CheckDigit(data);
      expect(code).toHaveLength(13);
      expect(code.startsWith(data)).toBe(true);
      expect(isValidEan13(code)).toBe(true);
    }
  });
});
