// The pay button's credit path, a chunk of its own in the CDN build: the pay button imports it
// only for a session that may be paid on credit, so a wallet-only checkout never loads it.
export { CreditCheckoutController } from '../../controllers/credit-checkout.controller.js';
export { creditChoice, loanPayee } from '../../templates/credit-choice.js';
