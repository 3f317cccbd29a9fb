/**
 * Which chunk registers which tag. The import specifiers are literal so the bundler turns each
 * into its own chunk (shared code in shared chunks); in the CDN build they resolve against the
 * loader's own URL, so a page that pastes the loader from any address loads its chunks from there.
 */
export const lazyTags: Readonly<Record<string, () => Promise<unknown>>> = {
  'xh-pay-button': () => import('../components/pay-button/pay-button.js'),
  'xh-one-click-loan': () => import('../components/one-click-loan/one-click-loan.js'),
  'xh-credit-wallet': () => import('../components/credit-wallet/credit-wallet.js'),
  'xh-provider': () => import('../components/provider/provider.js'),
};

/** A selector matching every tag the loader knows. */
export const lazyTagSelector = Object.keys(lazyTags).join(',');
