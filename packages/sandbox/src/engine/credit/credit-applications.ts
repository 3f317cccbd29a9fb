import {
  generateId,
  type CreateClientCreditApplicationParams,
  type CreditApplication,
  type DecisionReason,
} from '@xinghui/contract';
import { INDUSTRY_CODES, type Reason } from '../../risk/index.js';
import { riskEngineOf } from './risk-engine-of.js';
import { ApiError } from '../core/api-error.js';
import { getBuyer } from '../trade/buyers.js';
import { activeConsent } from './consents.js';
import type { Context } from '../core/context.js';
import { lineOfBuyer, openCreditLine } from './credit-lines.js';
import { reviewIndicators } from './trade-indicators.js';
import { recordEvent } from '../webhooks/events.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { BuyerRecord, CreditApplicationRecord } from '../core/records.js';

const SECONDS_PER_MONTH = 30 * 86_400;

/** The reason given when the person applying is not the shop the session names. */
const IDENTITY_MISMATCH: DecisionReason = {
  code: 'identity_mismatch',
  message: {
    'zh-CN': '填写的企业信息与平台登记的门店信息不一致，请核对后重新申请',
    en: 'The business details given do not match the shop the platform registered; check them and apply again',
  },
};

function reasonOf(reason: Reason): DecisionReason {
  return { code: reason.code, message: { 'zh-CN': reason.message_zh, en: reason.message_en } };
}

/** Whether what the page sent describes the session's own shop (names compared as typed, trimmed). */
function sameShop(buyer: BuyerRecord, identity: CreateClientCreditApplicationParams): boolean {
  return (
    buyer.business_name === identity.business_name &&
    buyer.credit_code === identity.credit_code &&
    buyer.owner_name === identity.owner_name &&
    buyer.phone === identity.phone
  );
}

/**
 * Decides a shop's application for a credit line at once, with the bank's risk engine, and on
 * approval opens the line. With the shop's active data-sharing consent the decision also uses
 * the trade indicators of the partner's trade reports (never the page: the same indicators as a
 * limit review, trade-indicators.ts); without the consent, or with no reports, the shop is
 * judged on its profile, as a basic pre-approval (基础预授信).
 *
 * @param identity - what the shop owner typed at the checkout, checked against the shop
 * @throws ApiError `consent_required` without an active credit-query consent;
 *   `credit_line_exists` when the shop already has a line
 */
export function applyForCredit(
  ctx: Context,
  buyerId: string,
  params: { months_trading: number },
  session: string | null,
  identity?: CreateClientCreditApplicationParams,
): CreditApplication {
  const buyer = getBuyer(ctx, buyerId, 'buyer');
  const creditQuery = activeConsent(ctx, buyer.id, 'credit_query');
  if (!creditQuery) {
    throw new ApiError(
      'consent_required',
      'Record the shop’s credit-query consent (征信授权) before it applies',
      {
        param: 'consents',
      },
    );
  }
  if (lineOfBuyer(ctx, buyer.id)) {
    throw new ApiError(
      'credit_line_exists',
      'This shop already has a credit line; ask for a limit review instead',
    );
  }

  const base = {
    id: generateId('capp'),
    partner: ctx.partner.id,
    object: 'credit_application' as const,
    buyer: buyer.id,
    months_trading: params.months_trading,
    session,
    created: ctx.now,
  };
  let application: CreditApplicationRecord;
  if (identity && !sameShop(buyer, identity)) {
    application = {
      ...base,
      status: 'declined',
      credit_line: null,
      limit: null,
      apr: null,
      reasons: [IDENTITY_MISMATCH],
      decision: null,
    };
  } else {
    // Trade data only with the shop's data-sharing consent, and only from trade reports.
    const sharing = activeConsent(ctx, buyer.id, 'data_sharing');
    const trade = sharing ? reviewIndicators(ctx, buyer, undefined) : {};
    const decision = riskEngineOf(ctx).decideApplication(
      {
        ...trade,
        months_trading: params.months_trading,
        platform_months: Math.max(
          Math.floor((ctx.now - buyer.created) / SECONDS_PER_MONTH),
          trade.platform_months ?? 0,
        ),
        industry_code: INDUSTRY_CODES[buyer.industry as keyof typeof INDUSTRY_CODES] ?? null,
      },
      { business_name: buyer.business_name, credit_code: buyer.credit_code },
    );
    const reasons = decision.reasons.map(reasonOf);
    const explained = {
      score: decision.score,
      rules_fired: [...decision.fired],
      rule_set: decision.rule_set,
    };
    if (decision.outcome === 'approve') {
      const line = openCreditLine(ctx, buyer.id, decision, [
        creditQuery.id,
        ...(sharing ? [sharing.id] : []),
      ]);
      application = {
        ...base,
        status: 'approved',
        credit_line: line.id,
        limit: { amount: line.limit, currency: 'CNY' },
        apr: line.apr,
        reasons,
        decision: explained,
      };
    } else {
      application = {
        ...base,
        status: decision.outcome === 'decline' ? 'declined' : 'referred',
        credit_line: null,
        limit: null,
        apr: null,
        reasons,
        decision: explained,
      };
    }
  }
  ctx.store.insert('credit_applications', application);
  const resource = withoutPartner(application);
  recordEvent(ctx, 'credit_application.decided', resource);
  return resource;
}

export function retrieveCreditApplication(ctx: Context, id: string): CreditApplication {
  return withoutPartner(getOwned<CreditApplicationRecord>(ctx, 'credit_applications', id));
}
