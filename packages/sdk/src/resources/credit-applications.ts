import {
  creditEndpoints as endpoints,
  type CreateCreditApplicationParams,
  type CreditApplication,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import type { Transport } from '../core/transport.js';

/** Credit applications: a shop asks for a line and the bank's risk engine decides at once. */
export class CreditApplications {
  constructor(private readonly transport: Transport) {}

  /**
   * Applies for a shop's credit line. Needs the shop's active credit-query consent. The answer
   * is immediate: `approved` with the new line, or `declined` / `referred` with reasons in
   * zh-CN and en.
   *
   * @throws `XinghuiInvalidRequestError` `consent_required` or `credit_line_exists`
   * @example
   * ```ts
   * const application = await xinghui.creditApplications.create({ buyer: shop.id, months_trading: 36 });
   * if (application.status === 'approved') console.log(application.limit, application.apr);
   * else console.log(application.reasons.map((reason) => reason.message['zh-CN']));
   * ```
   */
  create(
    params: CreateCreditApplicationParams,
    options?: RequestOptions,
  ): Promise<CreditApplication> {
    return this.transport.request(endpoints.createCreditApplication, { body: params, options });
  }

  /**
   * Retrieves an application and its decision.
   *
   * @example
   * ```ts
   * const application = await xinghui.creditApplications.retrieve('capp_3Jk5Lm7Np9Qr1St3');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<CreditApplication> {
    return this.transport.request(endpoints.retrieveCreditApplication, { id, options });
  }
}
