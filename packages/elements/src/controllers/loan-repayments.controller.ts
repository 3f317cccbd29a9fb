import type { Repayment } from '@xinghui/contract';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failureCode } from '../base/failure.js';
import type { PaymentsMadeRead } from '../templates/payments-made.js';

/** How many of a loan's payments the detail view reads: the newest, which a shop looks for. */
export const PAYMENTS_SHOWN = 50;

/**
 * The payments made on the loan in detail, read from the bank when the view opens, beside the
 * step's own calls (reading the agreement does not cancel it). A read for a loan the view has
 * left is dropped; leaving the page aborts it.
 */
export class LoanRepaymentsController implements ReactiveController, PaymentsMadeRead {
  loanId = '';
  repayments: Repayment[] | undefined;
  hasMore = false;
  failed = false;
  #reading: AbortController | undefined;

  /** @param host re-rendered when the payments arrive or fail */
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#reading?.abort();
  }

  /** Reads the payments made on `loanId`, newest first; the view shows them loading till then. */
  async read(client: XinghuiBrowserClient, clientSecret: string, loanId: string): Promise<void> {
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    Object.assign(this, { loanId, repayments: undefined, hasMore: false, failed: false });
    this.host.requestUpdate();
    try {
      const page = await client.wallet.listLoanRepayments(
        clientSecret,
        loanId,
        { limit: PAYMENTS_SHOWN },
        { signal: reading.signal },
      );
      if (reading.signal.aborted) return;
      this.repayments = page.data;
      this.hasMore = page.has_more;
    } catch (error) {
      // Aborted on purpose (another loan opened, the page left): nothing to say.
      if (reading.signal.aborted || failureCode(error) === undefined) return;
      this.failed = true;
    }
    this.host.requestUpdate();
  }
}
