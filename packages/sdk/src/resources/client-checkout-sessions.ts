import {
  clientCheckoutEndpoints as endpoints,
  type ClientCheckoutSession,
  type ConfirmCheckoutSessionParams,
  type VerificationCode,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';
import { scopedTo } from '../core/client-secret.js';

/**
 * A checkout session from the page: read it, send the shop owner a one-time code, and pay it.
 * Every call is scoped by the session's client secret, so the page can do nothing else.
 */
export class ClientCheckoutSessions {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the session: amount, lines, supplier, the shop's masked phone and wallet balance.
   *
   * @example
   * ```ts
   * const session = await xinghui.checkoutSessions.retrieve(clientSecret);
   * render(session.amount, session.wallet.balance);
   * ```
   */
  retrieve(clientSecret: string, options?: RequestOptions): Promise<ClientCheckoutSession> {
    return this.transport.request(
      wire(endpoints.retrieveClientCheckoutSession),
      scopedTo(clientSecret, options),
    );
  }

  /**
   * Sends a six-digit code to the shop owner's phone, bound to this session's amount and payee.
   * A new one may be asked for after `resend_available_at`.
   *
   * @example
   * ```ts
   * const code = await xinghui.checkoutSessions.requestVerificationCode(clientSecret);
   * hint.textContent = `验证码已发送至 ${code.phone_masked}`;
   * ```
   */
  requestVerificationCode(
    clientSecret: string,
    options?: RequestOptions,
  ): Promise<VerificationCode> {
    return this.transport.request(
      wire(endpoints.requestCheckoutVerificationCode),
      scopedTo(clientSecret, options),
    );
  }

  /**
   * Pays the session with the code the shop owner typed.
   *
   * @throws `XinghuiPaymentError` with code `insufficient_balance`, `verification_code_invalid`,
   *   `verification_code_expired` or `verification_code_locked`
   * @example
   * ```ts
   * const paid = await xinghui.checkoutSessions.confirm(clientSecret, {
   *   payment_method: 'wallet',
   *   verification_code: '123456',
   * });
   * console.log(paid.status, paid.payment); // 'complete', 'pay_…'
   * ```
   */
  confirm(
    clientSecret: string,
    params: ConfirmCheckoutSessionParams,
    options?: RequestOptions,
  ): Promise<ClientCheckoutSession> {
    return this.transport.request(wire(endpoints.confirmCheckoutSession), {
      ...scopedTo(clientSecret, options),
      body: params,
    });
  }
}
