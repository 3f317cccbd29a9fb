import {
  clientPreApprovalEndpoints as endpoints,
  type AcceptPreApprovalParams,
  type PreApproval,
} from '@xinghui/contract';
import { scopedTo } from '../core/client-secret.js';
import type { RequestOptions } from '../core/options.js';
import { wire, type Transport } from '../core/transport.js';

/**
 * The shop's own pre-approval, from its checkout page or its wallet page (the client secret
 * of either kind of session names the shop).
 */
export class ClientPreApprovals {
  constructor(private readonly transport: Transport) {}

  /**
   * Reads the shop's open invitation (or, once answered, its latest one) and its offer.
   *
   * @throws `XinghuiInvalidRequestError` `resource_missing` when the shop was never invited
   * @example
   * ```ts
   * const pre = await xinghui.preApprovals.retrieve(clientSecret);
   * if (pre.status === 'invited') console.log(pre.offer?.limit, pre.offer?.apr);
   * ```
   */
  retrieve(clientSecret: string, options?: RequestOptions): Promise<PreApproval> {
    return this.transport.request(
      wire(endpoints.retrieveClientPreApproval),
      scopedTo(clientSecret, options),
    );
  }

  /**
   * Accepts in one tap. Show the bank's current credit-query and data-sharing texts first
   * (`consents.retrieveTemplate`): accepting gives both consents, then the bank decides the
   * application and opens the line (`status: 'accepted'`, or `'not_approved'` with reasons).
   *
   * @throws `XinghuiInvalidRequestError` `pre_approval_not_open`, `consent_template_outdated`
   * @example
   * ```ts
   * const template = await xinghui.consents.retrieveTemplate(clientSecret, 'credit_query');
   * const pre = await xinghui.preApprovals.accept(clientSecret, { template_version: template.version });
   * if (pre.status === 'accepted') console.log(pre.credit_line);
   * ```
   */
  accept(
    clientSecret: string,
    params: AcceptPreApprovalParams,
    options?: RequestOptions,
  ): Promise<PreApproval> {
    return this.transport.request(wire(endpoints.acceptClientPreApproval), {
      ...scopedTo(clientSecret, options),
      body: params,
    });
  }

  /**
   * Declines the invitation: nothing is queried and no consent is recorded.
   *
   * @throws `XinghuiInvalidRequestError` `pre_approval_not_open`
   * @example
   * ```ts
   * await xinghui.preApprovals.decline(clientSecret);
   * ```
   */
  decline(clientSecret: string, options?: RequestOptions): Promise<PreApproval> {
    return this.transport.request(
      wire(endpoints.declineClientPreApproval),
      scopedTo(clientSecret, options),
    );
  }
}
