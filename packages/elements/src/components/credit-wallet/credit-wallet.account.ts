import type {
  CreditLine,
  Loan,
  ReceiptConfirmation,
  Wallet,
  WalletTransaction,
} from '@xinghui/contract';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import { failureCode } from '../../base/failure.js';

/** Everything the wallet's account view shows, read in one go. */
export interface Account {
  wallet: Wallet;
  /** `null`: the shop has no credit line yet. */
  line: CreditLine | null;
  loans: Loan[];
  transactions: WalletTransaction[];
  /** Payments held in escrow awaiting the shop's receipt. */
  receipts: ReceiptConfirmation[];
}

/** Reads the shop's account from the bank, every part at once. */
export async function readAccount(
  client: XinghuiBrowserClient,
  clientSecret: string,
  signal: AbortSignal,
): Promise<Account> {
  const readLine = () =>
    client.credit.retrieveLine(clientSecret, { signal }).catch((error: unknown) => {
      if (failureCode(error) === 'resource_missing') return null;
      throw error;
    });
  // The wallet says whether there is a line (`credit_line: null`: none yet, so no call that
  // would fail); a bank from before that field leaves it out and answers the read with 404.
  const wallet = client.wallet.retrieve(clientSecret, { signal });
  const [walletRead, line, loans, transactions, receipts] = await Promise.all([
    wallet,
    wallet.then((read) => (read.credit_line === null ? null : readLine())),
    client.wallet.listLoans(clientSecret, { limit: 20 }, { signal }),
    client.wallet.listTransactions(clientSecret, { limit: 10 }, { signal }),
    client.receipts.list(clientSecret, { limit: 20 }, { signal }),
  ]);
  return {
    wallet: walletRead,
    line,
    loans: loans.data,
    transactions: transactions.data,
    receipts: receipts.data,
  };
}
