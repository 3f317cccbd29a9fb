import { describe, expect, it } from 'vitest';
import { maskCreditCode } from './credit-code.js';
import { MaskedCreditCode, maskPersonName } from './masking.js';
import { maskPhone } from './phone.js';
import { z } from './zod.js';

describe('what a page may see of a shop', () => {
  it('shows a credit code as its first and last four characters', () => {
    expect(maskCreditCode('91440300708461136T')).toBe('9144**********136T');
    expect(z.safeParse(MaskedCreditCode, maskCreditCode('91440300708461136T')).success).toBe(true);
    // The code itself is never a masked code.
    expect(z.safeParse(MaskedCreditCode, '91440300708461136T').success).toBe(false);
  });

  it('keeps the first and last character of a name, one star for each between', () => {
    expect(maskPersonName('林晓梅')).toBe('林*梅');
    expect(maskPersonName('欧阳晓锋')).toBe('欧**锋');
    expect(maskPersonName('李明')).toBe('李*');
    expect(maskPersonName('王')).toBe('*');
    expect(maskPersonName('')).toBe('*');
    // A character outside the BMP counts once, and is never split in half.
    expect(maskPersonName('𠮷田太')).toBe('𠮷*太');
  });

  it('masks the phone as the one-time codes do', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});
