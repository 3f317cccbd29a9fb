import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TOLERANCE_SECONDS,
  WebhookSignatureError,
  assertFreshTimestamp,
  parseSignatureHeader,
  signWebhookPayload,
  signedBytes,
  verifyWebhookSignature,
  type WebhookSignatureProblem,
} from './webhook-signature.js';

// The contract compiles without Node's types (it must run in browsers and workers too, so
// tsconfig has `types: []`), hence Node's crypto is imported untyped, with the shape used here.
interface Hmac {
  update(data: string | Uint8Array): Hmac;
  digest(encoding: 'hex'): string;
}
const { createHmac } = (await import('node:crypto' as string)) as {
  createHmac(algorithm: 'sha256', key: string): Hmac;
};

const SECRET = 'whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH';
const OTHER_SECRET = 'whsec_test_rotated_Qm9uZXlNb3ZlcyBGYXN0';
const NOW = 1_764_300_000;
const BODY = JSON.stringify({
  id: 'evt_1a2B3c4D5e6F7g8H',
  object: 'event',
  type: 'payment.succeeded',
  data: { object: { amount: { amount: 123_456, currency: 'CNY' }, description: '奶粉 6 罐' } },
});
const encode = (text: string) => new TextEncoder().encode(text);

/** The problem a rejected verification reports, or null when it passed. */
async function problemOf(promise: Promise<unknown>): Promise<WebhookSignatureProblem | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookSignatureError);
    return (error as WebhookSignatureError).problem;
  }
}

function problemOfSync(run: () => unknown): WebhookSignatureProblem | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookSignatureError);
    return (error as WebhookSignatureError).problem;
  }
}

/** The HMAC the protocol promises, computed by Node's own crypto rather than WebCrypto. */
const expectedHmac = (secret: string, timestamp: number, body: string | Uint8Array) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');

describe('signWebhookPayload', () => {
  it('matches an HMAC-SHA256 of "<t>.<body>" computed independently (known answer)', async () => {
    const header = await signWebhookPayload({ payload: BODY, secret: SECRET, timestamp: NOW });
    expect(header).toBe(`t=${NOW},v1=${expectedHmac(SECRET, NOW, BODY)}`);
    expect(header).toMatch(/^t=1764300000,v1=[0-9a-f]{64}$/);
  });

  it('signs the same bytes for a string and its UTF-8 encoding', async () => {
    const fromText = await signWebhookPayload({ payload: BODY, secret: SECRET, timestamp: NOW });
    const fromBytes = await signWebhookPayload({
      payload: encode(BODY),
      secret: SECRET,
      timestamp: NOW,
    });
    expect(fromBytes).toBe(fromText);
  });

  it('signs only the viewed bytes of a Uint8Array that is a window on a larger buffer', async () => {
    const padded = encode(`xxxx${BODY}yyyy`);
    const view = padded.subarray(4, padded.length - 4);
    const header = await signWebhookPayload({ payload: view, secret: SECRET, timestamp: NOW });
    expect(header).toBe(`t=${NOW},v1=${expectedHmac(SECRET, NOW, BODY)}`);
  });

  it('adds one v1 per secret during a rotation, in order', async () => {
    const header = await signWebhookPayload({
      payload: BODY,
      secret: [SECRET, OTHER_SECRET],
      timestamp: NOW,
    });
    expect(header).toBe(
      `t=${NOW},v1=${expectedHmac(SECRET, NOW, BODY)},v1=${expectedHmac(OTHER_SECRET, NOW, BODY)}`,
    );
  });

  it('depends on the timestamp and the secret', async () => {
    const base = await signWebhookPayload({ payload: BODY, secret: SECRET, timestamp: NOW });
    const later = await signWebhookPayload({ payload: BODY, secret: SECRET, timestamp: NOW + 1 });
    const other = await signWebhookPayload({ payload: BODY, secret: OTHER_SECRET, timestamp: NOW });
    expect(later.split('v1=')[1]).not.toBe(base.split('v1=')[1]);
    expect(other.split('v1=')[1]).not.toBe(base.split('v1=')[1]);
  });

  it('stamps the current time by default', async () => {
    const before = Math.floor(Date.now() / 1000);
    const header = await signWebhookPayload({ payload: BODY, secret: SECRET });
    const after = Math.floor(Date.now() / 1000);
    const { timestamp } = parseSignatureHeader(header);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(after);
  });
});

describe('verifyWebhookSignature', () => {
  const sign = (payload: string | Uint8Array = BODY, timestamp = NOW) =>
    signWebhookPayload({ payload, secret: SECRET, timestamp });

  it('accepts what signWebhookPayload signed: string payload', async () => {
    const header = await sign();
    await expect(
      verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds: NOW }),
    ).resolves.toBeUndefined();
  });

  it('accepts what signWebhookPayload signed: Uint8Array payload', async () => {
    const bytes = encode(BODY);
    const header = await sign(bytes);
    await expect(
      verifyWebhookSignature({ payload: bytes, header, secret: SECRET, nowSeconds: NOW }),
    ).resolves.toBeUndefined();
    // Signed as bytes, verified as text (and the reverse): the same bytes.
    await expect(
      verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds: NOW }),
    ).resolves.toBeUndefined();
  });

  it('accepts an empty body', async () => {
    const header = await sign('');
    expect(
      await problemOf(
        verifyWebhookSignature({ payload: '', header, secret: SECRET, nowSeconds: NOW }),
      ),
    ).toBeNull();
  });

  it('accepts a header signed by Node crypto (interoperates with other implementations)', async () => {
    const header = `t=${NOW},v1=${expectedHmac(SECRET, NOW, BODY)}`;
    expect(
      await problemOf(
        verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds: NOW }),
      ),
    ).toBeNull();
  });

  it('judges against the current time when nowSeconds is not given', async () => {
    const header = await signWebhookPayload({ payload: BODY, secret: SECRET });
    expect(
      await problemOf(verifyWebhookSignature({ payload: BODY, header, secret: SECRET })),
    ).toBeNull();
    const old = await sign(BODY, Math.floor(Date.now() / 1000) - 3_600);
    expect(
      await problemOf(verifyWebhookSignature({ payload: BODY, header: old, secret: SECRET })),
    ).toBe('timestamp_outside_tolerance');
  });

  describe('signature_mismatch', () => {
    it('for a tampered body', async () => {
      const header = await sign();
      const tampered = BODY.replace('123456', '923456');
      expect(tampered).not.toBe(BODY);
      expect(
        await problemOf(
          verifyWebhookSignature({ payload: tampered, header, secret: SECRET, nowSeconds: NOW }),
        ),
      ).toBe('signature_mismatch');
    });

    it('for a body that differs by one byte or one trailing newline', async () => {
      const header = await sign();
      for (const payload of [`${BODY}\n`, ` ${BODY}`, BODY.slice(0, -1)]) {
        expect(
          await problemOf(
            verifyWebhookSignature({ payload, header, secret: SECRET, nowSeconds: NOW }),
          ),
        ).toBe('signature_mismatch');
      }
    });

    it('for re-serialised JSON with the same meaning', async () => {
      const header = await sign();
      const reserialised = JSON.stringify(JSON.parse(BODY), null, 2);
      expect(
        await problemOf(
          verifyWebhookSignature({
            payload: reserialised,
            header,
            secret: SECRET,
            nowSeconds: NOW,
          }),
        ),
      ).toBe('signature_mismatch');
    });

    it('for a tampered signature', async () => {
      const header = await sign();
      const last = header.charAt(header.length - 1);
      const tampered = header.slice(0, -1) + (last === '0' ? '1' : '0');
      expect(
        await problemOf(
          verifyWebhookSignature({
            payload: BODY,
            header: tampered,
            secret: SECRET,
            nowSeconds: NOW,
          }),
        ),
      ).toBe('signature_mismatch');
    });

    it('for a tampered timestamp (a replay with a fresh t)', async () => {
      const header = await sign();
      const moved = header.replace(`t=${NOW}`, `t=${NOW + 60}`);
      expect(
        await problemOf(
          verifyWebhookSignature({
            payload: BODY,
            header: moved,
            secret: SECRET,
            nowSeconds: NOW + 60,
          }),
        ),
      ).toBe('signature_mismatch');
    });

    it('for the wrong secret', async () => {
      const header = await sign();
      expect(
        await problemOf(
          verifyWebhookSignature({ payload: BODY, header, secret: OTHER_SECRET, nowSeconds: NOW }),
        ),
      ).toBe('signature_mismatch');
      expect(
        await problemOf(
          verifyWebhookSignature({ payload: BODY, header, secret: `${SECRET} `, nowSeconds: NOW }),
        ),
      ).toBe('signature_mismatch');
    });
  });

  describe('timestamp_outside_tolerance', () => {
    it(`accepts up to ${DEFAULT_TOLERANCE_SECONDS} s either side by default`, async () => {
      expect(DEFAULT_TOLERANCE_SECONDS).toBe(300);
      const header = await sign();
      for (const nowSeconds of [NOW - 300, NOW, NOW + 300]) {
        expect(
          await problemOf(
            verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds }),
          ),
        ).toBeNull();
      }
    });

    it('refuses a stale timestamp', async () => {
      const header = await sign();
      for (const nowSeconds of [NOW + 301, NOW + 86_400]) {
        expect(
          await problemOf(
            verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds }),
          ),
        ).toBe('timestamp_outside_tolerance');
      }
    });

    it('refuses a timestamp from the future', async () => {
      const header = await sign();
      for (const nowSeconds of [NOW - 301, NOW - 86_400]) {
        expect(
          await problemOf(
            verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds }),
          ),
        ).toBe('timestamp_outside_tolerance');
      }
    });

    it('checks the timestamp before the signature', async () => {
      const header = await sign();
      expect(
        await problemOf(
          verifyWebhookSignature({
            payload: 'tampered',
            header,
            secret: SECRET,
            nowSeconds: NOW + 301,
          }),
        ),
      ).toBe('timestamp_outside_tolerance');
    });

    it('honours toleranceSeconds', async () => {
      const header = await sign();
      const verify = (nowSeconds: number, toleranceSeconds: number) =>
        problemOf(
          verifyWebhookSignature({
            payload: BODY,
            header,
            secret: SECRET,
            nowSeconds,
            toleranceSeconds,
          }),
        );
      expect(await verify(NOW + 10, 10)).toBeNull();
      expect(await verify(NOW + 11, 10)).toBe('timestamp_outside_tolerance');
      expect(await verify(NOW + 3_600, 3_600)).toBeNull();
      expect(await verify(NOW, 0)).toBeNull();
      expect(await verify(NOW + 1, 0)).toBe('timestamp_outside_tolerance');
    });
  });

  describe('header_missing and header_malformed', () => {
    it.each([null, undefined, ''])('header_missing for %j', async (header) => {
      expect(
        await problemOf(
          verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds: NOW }),
        ),
      ).toBe('header_missing');
    });

    it.each([
      ['garbage', 'garbage'],
      ['a timestamp alone', `t=${NOW}`],
      ['a signature alone', `v1=${'a'.repeat(64)}`],
      ['a non-numeric timestamp', `t=now,v1=${'a'.repeat(64)}`],
      ['a negative timestamp', `t=-1,v1=${'a'.repeat(64)}`],
      ['a 63-digit signature', `t=${NOW},v1=${'a'.repeat(63)}`],
      ['a 65-digit signature', `t=${NOW},v1=${'a'.repeat(65)}`],
      ['a non-hex signature', `t=${NOW},v1=${'g'.repeat(64)}`],
      ['a capitalised signature', `t=${NOW},v1=${'A'.repeat(64)}`],
      ['only an unknown scheme', `t=${NOW},v2=${'a'.repeat(64)}`],
      ['semicolons', `t=${NOW};v1=${'a'.repeat(64)}`],
    ])('header_malformed for %s', async (_, header) => {
      expect(
        await problemOf(
          verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds: NOW }),
        ),
      ).toBe('header_malformed');
    });
  });

  describe('secret rotation', () => {
    it('verifies a header with two v1 values with either secret', async () => {
      const header = await signWebhookPayload({
        payload: BODY,
        secret: [SECRET, OTHER_SECRET],
        timestamp: NOW,
      });
      expect(header.match(/v1=/g)).toHaveLength(2);
      for (const secret of [SECRET, OTHER_SECRET]) {
        expect(
          await problemOf(
            verifyWebhookSignature({ payload: BODY, header, secret, nowSeconds: NOW }),
          ),
        ).toBeNull();
      }
      expect(
        await problemOf(
          verifyWebhookSignature({ payload: BODY, header, secret: 'whsec_third', nowSeconds: NOW }),
        ),
      ).toBe('signature_mismatch');
    });

    it('finds the matching v1 wherever it is among the values', async () => {
      const good = expectedHmac(SECRET, NOW, BODY);
      const bad = expectedHmac(OTHER_SECRET, NOW, BODY);
      for (const header of [`t=${NOW},v1=${bad},v1=${good}`, `v1=${good},t=${NOW},v1=${bad}`]) {
        expect(
          await problemOf(
            verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds: NOW }),
          ),
        ).toBeNull();
      }
    });
  });

  it('ignores an unknown v2= scheme next to v1', async () => {
    const v1 = expectedHmac(SECRET, NOW, BODY);
    for (const header of [
      `t=${NOW},v2=not-a-scheme-we-know,v1=${v1}`,
      `t=${NOW},v1=${v1},v2=${'f'.repeat(64)}`,
    ]) {
      expect(
        await problemOf(
          verifyWebhookSignature({ payload: BODY, header, secret: SECRET, nowSeconds: NOW }),
        ),
      ).toBeNull();
    }
    // A v2 carrying the right value does not count: only v1 is HMAC-SHA256.
    expect(
      await problemOf(
        verifyWebhookSignature({
          payload: BODY,
          header: `t=${NOW},v2=${v1},v1=${'0'.repeat(64)}`,
          secret: SECRET,
          nowSeconds: NOW,
        }),
      ),
    ).toBe('signature_mismatch');
  });
});

describe('parseSignatureHeader', () => {
  it('reads the timestamp and every v1 value', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    expect(parseSignatureHeader(`t=${NOW},v1=${a},v1=${b}`)).toEqual({
      timestamp: NOW,
      signatures: [a, b],
    });
  });

  it('tolerates spaces after commas and any order', () => {
    const a = '0123456789abcdef'.repeat(4);
    expect(parseSignatureHeader(` v1=${a}, t=${NOW} `)).toEqual({
      timestamp: NOW,
      signatures: [a],
    });
  });

  it('skips malformed v1 values but keeps the good ones', () => {
    const a = 'c'.repeat(64);
    expect(parseSignatureHeader(`t=${NOW},v1=xyz,v1=${a},v2=${'d'.repeat(64)}`)).toEqual({
      timestamp: NOW,
      signatures: [a],
    });
  });

  it('throws WebhookSignatureError with a problem and a message', () => {
    expect(problemOfSync(() => parseSignatureHeader(undefined))).toBe('header_missing');
    expect(problemOfSync(() => parseSignatureHeader('t=1'))).toBe('header_malformed');
    try {
      parseSignatureHeader('nonsense');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'WebhookSignatureError', problem: 'header_malformed' });
      expect((error as Error).message).toMatch(/t=<unix seconds>,v1=<64 hex digits>/);
    }
  });
});

describe('assertFreshTimestamp', () => {
  it('passes within the tolerance, inclusive', () => {
    expect(() => assertFreshTimestamp(NOW, 300, NOW + 300)).not.toThrow();
    expect(() => assertFreshTimestamp(NOW, 300, NOW - 300)).not.toThrow();
  });

  it('throws outside it, in both directions', () => {
    expect(problemOfSync(() => assertFreshTimestamp(NOW, 300, NOW + 301))).toBe(
      'timestamp_outside_tolerance',
    );
    expect(problemOfSync(() => assertFreshTimestamp(NOW, 300, NOW - 301))).toBe(
      'timestamp_outside_tolerance',
    );
  });
});

describe('signedBytes', () => {
  it('is "<t>." followed by the body bytes', () => {
    expect(new TextDecoder().decode(signedBytes(NOW, '{"a":1}'))).toBe(`${NOW}.{"a":1}`);
    expect(Array.from(signedBytes(7, new Uint8Array([0, 255])))).toEqual([55, 46, 0, 255]);
  });

  it('encodes strings as UTF-8', () => {
    expect(Array.from(signedBytes(1, '星'))).toEqual([49, 46, 0xe6, 0x98, 0x9f]);
  });
});
