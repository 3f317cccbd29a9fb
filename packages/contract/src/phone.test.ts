import { describe, expect, it } from 'vitest';
import { MaskedPhone, MobilePhone, maskPhone } from './phone.js';

describe('MobilePhone', () => {
  it.each(['13800138000', '19912345678', '15000000000', '17012345678', '18600000001'])(
    'accepts %s',
    (phone) => {
      expect(MobilePhone.parse(phone)).toBe(phone);
    },
  );

  it.each([
    ['12800138000', 'second digit 2'],
    ['10800138000', 'second digit 0'],
    ['23800138000', 'not starting with 1'],
    ['1380013800', '10 digits'],
    ['138001380000', '12 digits'],
    ['+8613800138000', 'a country code'],
    ['8613800138000', 'a country code without +'],
    ['138 0013 8000', 'spaces'],
    ['138-0013-8000', 'dashes'],
    [' 13800138000', 'a leading space'],
    ['13800138000\n', 'a trailing newline'],
    ['138****8000', 'a masked number'],
    ['１３８００１３８０００', 'full-width digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (phone) => {
    expect(MobilePhone.safeParse(phone).success).toBe(false);
  });

  it('rejects numbers given as numbers', () => {
    expect(MobilePhone.safeParse(13800138000).success).toBe(false);
  });

  it('explains what it wants', () => {
    expect(MobilePhone.safeParse('12800138000').error?.issues[0]?.message).toMatch(
      /11-digit mainland mobile number/,
    );
  });
});

describe('maskPhone', () => {
  it('hides the middle four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('19912345678')).toBe('199****5678');
  });

  it('makes what MaskedPhone accepts', () => {
    for (const phone of ['13800138000', '15012345678', '19999999999']) {
      expect(MaskedPhone.safeParse(maskPhone(phone)).success).toBe(true);
    }
  });

  it('hides everything when the text is not 11 characters', () => {
    expect(maskPhone('+8613800138000')).toBe('***********');
    expect(maskPhone('1380013800')).toBe('***********');
    expect(maskPhone('')).toBe('***********');
  });
});

describe('MaskedPhone', () => {
  it('accepts a masked mobile number', () => {
    expect(MaskedPhone.parse('138****8000')).toBe('138****8000');
  });

  it.each([
    ['13800138000', 'an unmasked number'],
    ['138***8000', 'three stars'],
    ['138*****000', 'five stars'],
    ['128****8000', 'not a mobile prefix'],
    ['***********', 'everything hidden'],
    ['138****800', 'too short'],
    ['138xxxx8000', 'x instead of stars'],
  ])('rejects %j (%s)', (text) => {
    expect(MaskedPhone.safeParse(text).success).toBe(false);
  });
});
