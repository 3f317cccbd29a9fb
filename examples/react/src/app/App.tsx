import '@xinghui/elements/define/pay-button.js';
import '@xinghui/elements/define/credit-wallet.js';
import { formatMoney } from '@xinghui/contract';
import type { XhPaymentSucceededDetail } from '@xinghui/elements';
// The JSX types of the xh-* tags, generated from the components' manifest.
import type {} from '@xinghui/elements/react';
import { useState } from 'react';
import { useSession } from './use-session.js';

/** The checkout: the order's pay button, what the page heard when it was paid, and the wallet. */
export function App() {
  const checkout = useSession('/api/checkout');
  const wallet = useSession('/api/wallet-session');
  const [paid, setPaid] = useState<XhPaymentSucceededDetail>();

  return (
    <main>
      <h1>结账</h1>
      {checkout instanceof Error && <p role="alert">{checkout.message}</p>}
      {checkout && !(checkout instanceof Error) && (
        <xh-pay-button
          client-secret={checkout.clientSecret}
          publishable-key={checkout.publishableKey}
          api-base={checkout.apiBase}
          onxh-payment-succeeded={(event) => setPaid(event.detail)}
        />
      )}
      {paid && (
        // Shown from the event; a real shop ships only after its server has checked the bank.
        <p data-paid={paid.paymentId}>
          已付款 {formatMoney(paid.amount)}（{paid.paymentId}）
        </p>
      )}
      <h2>我的星辉贷</h2>
      {wallet && !(wallet instanceof Error) && (
        <xh-credit-wallet
          client-secret={wallet.clientSecret}
          publishable-key={wallet.publishableKey}
          api-base={wallet.apiBase}
        />
      )}
    </main>
  );
}
