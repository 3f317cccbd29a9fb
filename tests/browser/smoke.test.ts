// Proves the browser test setup itself: real Chromium, served under the strict CSP that
// web-test-runner.config.mjs sets.
import { expect } from '@open-wc/testing';

describe('browser test environment', () => {
  it('forbids eval, like a merchant page with a strict Content-Security-Policy', () => {
    expect(() => new Function('return 1')).to.throw(EvalError);
  });

  it('has WebCrypto', () => {
    expect(crypto.subtle).to.be.an.instanceOf(SubtleCrypto);
  });
});
