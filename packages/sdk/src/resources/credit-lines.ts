import {
  creditEndpoints as endpoints,
  type CreditLine,
  type ListCreditLinesParams,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import { paginate, type PagePromise } from '../core/page.js';
import type { Transport } from '../core/transport.js';

/** Credit lines: each shop's revolving line, its limit, what is used and what is available. */
export class CreditLines {
  constructor(private readonly transport: Transport) {}

  /**
   * Retrieves a line: limit, used, available, status, APR and daily rate (APR / 360).
   *
   * @example
   * ```ts
   * const line = await xinghui.creditLines.retrieve(application.credit_line!);
   * console.log(formatMoney(line.available), formatRatePercent(line.daily_rate)); // ¥20,000.00 0.0304%
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<CreditLine> {
    return this.transport.request(endpoints.retrieveCreditLine, { id, options });
  }

  /**
   * Lists lines, newest first, optionally of one shop.
   *
   * @example
   * ```ts
   * const { data: [line] } = await xinghui.creditLines.list({ buyer: shop.id });
   * ```
   */
  list(params: ListCreditLinesParams = {}, options?: RequestOptions): PagePromise<CreditLine> {
    return paginate(
      (starting_after) =>
        this.transport.request(endpoints.listCreditLines, {
          query: { ...params, starting_after },
          options,
        }),
      params.starting_after,
    );
  }
}
