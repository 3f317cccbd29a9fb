/**
 * The CDN file: one self-contained module that registers every component and offers
 * `configure()`, for pages that paste a `<script type="module">` rather than use a bundler.
 */
import './components/credit-wallet/credit-wallet.js';
import './components/one-click-loan/one-click-loan.js';
import './components/pay-button/pay-button.js';
import './components/provider/provider.js';

export { configure } from './configure.js';
export { XhCreditWallet } from './components/credit-wallet/credit-wallet.component.js';
export { XhOneClickLoan } from './components/one-click-loan/one-click-loan.component.js';
export { XhPayButton } from './components/pay-button/pay-button.component.js';
export { XhProvider } from './components/provider/provider.component.js';
