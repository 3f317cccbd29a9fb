import { describe, expect, it } from 'vitest';
import {
  CreditCode,
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
  maskCreditCode,
} from './credit-code.js';

/**
 * Published unified social credit codes of real companies. Each was checked twice before it went
 * in here, independently of the code under test: against the GB 32100-2015 check character
 * (weights 3^i mod 31) and against the GB 11714 check digit of the organisation code embedded in
 * characters 9–17 (weights 3 7 9 10 5 8 4 2, mod 11). A mis-remembered code passes both only about
 * once in 341. Each also appears with the same company in public data: sample responses of
 * business-registry lookup services and, for China Merchants Bank, the serialNumber of its EV TLS
 * certificate. They were not checked against the national registry itself (no access from here),
 * and public sources disagree on which Tencent company holds which of the two Tencent codes.
 */
const REAL_CODES = {
  // 华为技术有限公司 (Huawei Technologies Co., Ltd.): check character is a digit
  huawei: '914403001922038216',
  // 腾讯科技（深圳）有限公司 (Tencent Technology (Shenzhen) Co., Ltd.) in most sources; some give it
  // to Shenzhen Tencent Computer Systems, which most list with the next code.
  tencentTechnology: '91440300708461136T',
  // 深圳市腾讯计算机系统有限公司 (Shenzhen Tencent Computer Systems Co., Ltd.): organisation code
  // 71526726-X, so an X in position 17
  tencentComputerSystems: '9144030071526726XG',
  // 小米科技有限责任公司 (Xiaomi Inc., Beijing)
  xiaomi: '91110108551385082Q',
  // 阿里巴巴（中国）有限公司 (Alibaba (China) Co., Ltd.)
  alibabaChina: '91330100799655058B',
  // 北京百度网讯科技有限公司 (Beijing Baidu Netcom Science and Technology Co., Ltd.)
  baiduNetcom: '91110000802100433B',
  // 招商银行股份有限公司 (China Merchants Bank Co., Ltd.): X in position 17, A as check character
  chinaMerchantsBank: '9144030010001686XA',
} as const;

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DIGITS = '0123456789';
/** Positions 3–8 (indexes 2–7) are the administrative region code: digits only. */
const isRegionIndex = (index: number) => index >= 2 && index <= 7;

function replaceAt(text: string, index: number, character: string): string {
  return text.slice(0, index) + character + text.slice(index + 1);
}

function swap(text: string, i: number, j: number): string {
  const chars = [...text];
  [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  return chars.join('');
}

describe('real credit codes', () => {
  it.each(Object.entries(REAL_CODES))('%s (%s) is valid', (_, code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
    expect(CreditCode.parse(code)).toBe(code);
  });

  it.each(Object.entries(REAL_CODES))(
    '%s fails with check_character when any one character is replaced by another allowed one',
    (_, code) => {
      let mutations = 0;
      for (let index = 0; index < 18; index++) {
        const allowed = isRegionIndex(index) ? DIGITS : ALPHABET;
        for (const character of allowed) {
          if (character === code.charAt(index)) continue;
          const mutated = replaceAt(code, index, character);
          expect(creditCodeProblem(mutated), mutated).toBe('check_character');
          expect(isValidCreditCode(mutated), mutated).toBe(false);
          mutations++;
        }
      }
      // 6 region digits × 9 others + 12 other positions × 30 others.
      expect(mutations).toBe(6 * 9 + 12 * 30);
    },
  );

  it.each(Object.entries(REAL_CODES))(
    '%s fails when two different characters are transposed (adjacent or not)',
    (_, code) => {
      let transpositions = 0;
      for (let i = 0; i < 18; i++) {
        for (let j = i + 1; j < 18; j++) {
          if (code.charAt(i) === code.charAt(j)) continue;
          // The one blind spot of the standard, tested below.
          if (i === 0 && j === 17) continue;
          const swapped = swap(code, i, j);
          // A letter moved into the region code breaks the shape; anything else the checksum.
          const expected =
            (isRegionIndex(i) && !DIGITS.includes(swapped.charAt(i))) ||
            (isRegionIndex(j) && !DIGITS.includes(swapped.charAt(j)))
              ? 'characters'
              : 'check_character';
          expect(creditCodeProblem(swapped), swapped).toBe(expected);
          transpositions++;
        }
      }
      expect(transpositions).toBeGreaterThan(100);
    },
  );

  it('cannot catch swapping the first and the check character (both have weight 1)', () => {
    // The check character makes the weighted sum of all 18 characters ≡ 0 (mod 31) with weight 1
    // for itself, and 3^0 = 1 is also the weight of the first character. A property of
    // GB 32100-2015, not of this implementation.
    expect(creditCodeProblem(swap(REAL_CODES.tencentTechnology, 0, 17))).toBeNull();
    expect(swap(REAL_CODES.tencentTechnology, 0, 17)).toBe('T14403007084611369');
  });

  it('rejects the documented example with a wrong check character', () => {
    expect(creditCodeProblem('91440300708461136A')).toBe('check_character');
  });
});

describe('creditCodeProblem', () => {
  it.each([
    ['', 'empty'],
    ['91440300708461136', '17 characters'],
    ['91440300708461136TT', '19 characters'],
    [' 91440300708461136T', 'a leading space'],
    ['91440300708461136T ', 'a trailing space'],
    ['9144 0300 7084 6113 6T', 'spaces inside'],
  ])('says length for %j (%s)', (code) => {
    expect(creditCodeProblem(code)).toBe('length');
    expect(isValidCreditCode(code)).toBe(false);
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])(
    'says characters (not check_character) for the forbidden letter %s',
    (letter) => {
      expect(creditCodeProblem(`91440300${letter}08461136T`)).toBe('characters');
      expect(creditCodeProblem(`9144030070846113${letter}T`)).toBe('characters');
      expect(creditCodeProblem(`91440300708461136${letter}`)).toBe('characters');
      expect(isValidCreditCode(`91440300708461136${letter}`)).toBe(false);
    },
  );

  it('says characters for a letter in the region code (positions 3 to 8)', () => {
    expect(creditCodeProblem('91A40300708461136T')).toBe('characters');
    expect(creditCodeProblem('914403A0708461136T')).toBe('characters');
  });

  it('says characters for punctuation and non-ASCII', () => {
    expect(creditCodeProblem('91440300-08461136T')).toBe('characters');
    expect(creditCodeProblem('９1440300708461136T')).toBe('characters');
  });

  it('rejects lowercase, even though the code is otherwise valid', () => {
    expect(creditCodeProblem('91440300708461136t')).toBe('characters');
    expect(creditCodeProblem('9144030071526726xG')).toBe('characters');
    expect(isValidCreditCode('91110108551385082q')).toBe(false);
    expect(CreditCode.safeParse('91110108551385082q').success).toBe(false);
  });
});

describe('creditCodeCheckCharacter', () => {
  it('computes the check character of real codes', () => {
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T');
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6');
    expect(creditCodeCheckCharacter('9144030010001686X')).toBe('A');
  });

  it('maps a computed value of 31 (a weighted sum divisible by 31) to 0', () => {
    // The weighted sum of seventeen zeros is 0, so 31 - (0 mod 31) = 31, which the standard
    // writes as '0' (a naive ALPHABET[31 - sum % 31] would give '' or undefined).
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
    // A realistic prefix whose weighted sum is also divisible by 31 (synthetic, not a real code).
    expect(creditCodeCheckCharacter('9144030070846113J')).toBe('0');
    expect(creditCodeProblem('9144030070846113J0')).toBeNull();
    expect(creditCodeProblem('000000000000000000')).toBeNull();
  });

  it('reaches Y, the last character of the alphabet (value 30)', () => {
    // Sum ≡ 1 (mod 31): a single 1 in the first position (weight 1).
    expect(creditCodeCheckCharacter('10000000000000000')).toBe('Y');
    // Sum ≡ 30: a single 1 in position 16 (weight 3^15 mod 31 = 30), so the check is 1.
    expect(creditCodeCheckCharacter('00000000000000010')).toBe('1');
  });

  it('reads only the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91440300708461136T')).toBe('T');
    expect(creditCodeCheckCharacter('91440300708461136A')).toBe('T');
  });

  it('throws a RangeError for a character outside the alphabet', () => {
    expect(() => creditCodeCheckCharacter('9144030070846113I')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030070846113a')).toThrow(RangeError);
  });

  it('throws a RangeError for fewer than 17 characters instead of reading them as zeros', () => {
    expect(() => creditCodeCheckCharacter('9144')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('9144030070846113')).toThrow(RangeError);
  });
});

describe('CreditCode schema', () => {
  it('accepts a valid code as is', () => {
    expect(CreditCode.safeParse(REAL_CODES.xiaomi)).toEqual({
      success: true,
      data: REAL_CODES.xiaomi,
    });
  });

  it.each([
    '91110108551385082A',
    '9111010855138508',
    '91110108551385O82Q',
    '91110108551385082q',
    '',
  ])('rejects %j with a message', (code) => {
    const result = CreditCode.safeParse(code);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/unified social credit code/);
  });

  it.each([null, undefined, Number('914403001922038216'), {}])(
    'rejects the non-string %j',
    (value) => {
      expect(CreditCode.safeParse(value).success).toBe(false);
    },
  );
});

describe('maskCreditCode', () => {
  it('keeps the first and last four characters of an 18-character code', () => {
    expect(maskCreditCode('91440300708461136T')).toBe('9144**********136T');
    expect(maskCreditCode('914403001922038216')).toBe('9144**********8216');
    expect(maskCreditCode('91440300708461136T')).toHaveLength(18);
  });

  it('never shows the organisation code (characters 9 to 17)', () => {
    for (const code of Object.values(REAL_CODES)) {
      expect(maskCreditCode(code)).not.toContain(code.slice(8, 14));
    }
  });

  it('hides short texts entirely', () => {
    expect(maskCreditCode('')).toBe('****');
    expect(maskCreditCode('91440300')).toBe('****');
  });
});
