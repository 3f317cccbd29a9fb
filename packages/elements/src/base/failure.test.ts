import { expect } from '@open-wc/testing';
import { XinghuiConnectionError, XinghuiPaymentError } from '@xinghui/sdk';
import { failureCode } from './failure.js';

/** An error as another copy of the SDK makes it: the same brands, classes of its own. */
function fromAnotherSdkCopy(kinds: string[], code?: string): Error {
  const error = new Error('from another copy') as Error & Record<string | symbol, unknown>;
  error[Symbol.for('xinghui.sdk.error')] = true;
  error[Symbol.for('xinghui.sdk.error.kinds')] = kinds;
  if (code) error['code'] = code;
  return error;
}

describe('failureCode', () => {
  it('names a connection error, a bank refusal, an abort and anything else', () => {
    const offline = new XinghuiConnectionError('offline', {
      cause: new TypeError('Failed to fetch'),
      timedOut: false,
      mayHaveSucceeded: true,
    });
    expect(failureCode(offline)).to.equal('network_error');
    const declined = new XinghuiPaymentError({ message: 'no', code: 'insufficient_balance' });
    expect(failureCode(declined)).to.equal('insufficient_balance');
    expect(failureCode(new DOMException('left', 'AbortError'))).to.equal(undefined);
    expect(failureCode(new Error('bug'))).to.equal('setup_error');
  });

  it('knows errors from a client the page built with its own copy of the SDK', () => {
    const offline = fromAnotherSdkCopy(['XinghuiConnectionError', 'XinghuiError']);
    expect(failureCode(offline)).to.equal('network_error');
    const locked = fromAnotherSdkCopy(
      ['XinghuiPaymentError', 'XinghuiError'],
      'verification_code_locked',
    );
    expect(failureCode(locked)).to.equal('verification_code_locked');
  });
});
