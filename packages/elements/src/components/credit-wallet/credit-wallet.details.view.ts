/**
 * The wallet's secondary views, which the shop opens from the account: a loan's detail (its
 * schedule, the payments made on it, its agreement), a month's statement, a payoff certificate
 * and the 确认收货 step. The component loads this module with `import()` the first time one of
 * them opens, together with the bank call that view makes (see LazyView): a page whose shop only
 * looks at the account never loads them.
 */
export { loanDetail } from '../../templates/loan-detail.js';
export { certificateView, statementView } from './credit-wallet.documents.js';
export { receiptStep } from './receipt-confirmation.js';
