import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.js';

// node:crypto, loaded untyped: the contract's tsconfig has no Node types on purpose.
const { createHash } = (await import('node:' + 'crypto')) as {
  createHash(algorithm: string): { update(text: string): { digest(encoding: string): string } };
};

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on Chinese text and at every padding boundary', () => {
    const texts = [
      '征信授权书：本人同意…',
      '数据授权 🙂',
      ...Array.from({ length: 130 }, (_, n) => 'x'.repeat(n)),
    ];
    for (const text of texts) {
      expect(sha256Hex(text), JSON.stringify(text)).toBe(
        createHash('sha256').update(text).digest('hex'),
      );
    }
  });
});
