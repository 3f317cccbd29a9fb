import {
  PRE_APPROVAL_LIFETIME_DAYS,
  dailyRateFromApr,
  generateId,
  type AcceptPreApprovalParams,
  type CreatePreApprovalsParams,
  type DecisionReason,
  type ListPreApprovalsParams,
  type PreApproval,
  type PreApprovalBatch,
  type PreApprovalNominee,
} from '@xinghui/contract';
import {
  defaultRiskEngine,
  INDUSTRY_CODES,
  type IndicatorValues,
  type Reason,
} from '../../risk/index.js';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { listPage } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { BuyerRecord } from '../core/records.js';
import { scheduleTimer } from '../core/timers.js';
import { getBuyer } from '../trade/buyers.js';
import { getSupplier } from '../trade/suppliers.js';
import { recordEvent } from '../webhooks/events.js';
import { applyForCredit } from './credit-applications.js';
import { assertCurrentTemplate, giveConsent } from './consents.js';
import { lineOfBuyer } from './credit-lines.js';

/** A pre-approval as the bank stores it: the resource and the partner that owns it. */
export type PreApprovalRecord = PreApproval & { partner: string };

const DAY = 86_400;
const SECONDS_PER_MONTH = 30 * DAY;

/** Why a shop was not invited, when the pre-assessment had nothing to weigh. */
const NOT_INVITED: Record<'credit_line_exists' | 'identity_mismatch', DecisionReason> = {
  credit_line_exists: {
    code: 'credit_line_exists',
    message: {
      'zh-CN': '该门店已有授信额度，无需预授信；如需提额请申请额度复审',
      en: 'The shop already has a credit line: ask for a limit review instead',
    },
  },
  identity_mismatch: {
    code: 'identity_mismatch',
    message: {
      'zh-CN': '提名的企业信息与平台登记的门店信息不一致',
      en: 'The details nominated do not match the shop the platform registered',
    },
  },
};

function reasonOf(reason: Reason): DecisionReason {
  return { code: reason.code, message: { 'zh-CN': reason.message_zh, en: reason.message_en } };
}

/** Whether every detail the nomination gave is the buyer's own (details left out are not checked). */
function sameShop(buyer: BuyerRecord, nominee: PreApprovalNominee): boolean {
  return (['business_name', 'credit_code', 'owner_name', 'phone'] as const).every(
    (field) => nominee[field] === undefined || nominee[field] === buyer[field],
  );
}

/**
 * What the pre-assessment weighs: the shop's profile at the bank and the trade history the
 * platform sent. No credit-record indicator is filled in: without the shop's own consent the
 * bank has not queried the bureau, so those stay missing.
 */
function nomineeIndicators(ctx: Context, buyer: BuyerRecord, nominee: PreApprovalNominee) {
  const trade = nominee.trade_history ?? {};
  const gross =
    trade.gmv_12m && trade.returns_12m ? trade.gmv_12m.amount + trade.returns_12m.amount : 0;
  const values: IndicatorValues = {
    months_trading: nominee.months_trading,
    platform_months: Math.floor((ctx.now - buyer.created) / SECONDS_PER_MONTH),
    industry_code: INDUSTRY_CODES[buyer.industry as keyof typeof INDUSTRY_CODES] ?? null,
    active_months_12m: trade.active_months_12m ?? null,
    orders_90d: trade.orders_90d ?? null,
    days_since_last_order: trade.days_since_last_order ?? null,
    gmv_90d_fen: trade.gmv_90d?.amount ?? null,
    gmv_12m_fen: trade.gmv_12m?.amount ?? null,
    refund_rate_bp: gross > 0 ? Math.floor((trade.returns_12m!.amount * 10_000) / gross) : null,
  };
  return values;
}

/** The shop's invitation still open at `ctx.now`, if it has one. */
function openInvitation(ctx: Context, buyer: string): PreApprovalRecord | undefined {
  return ctx.store
    .find<PreApprovalRecord>('pre_approvals', {
      where: { partner: ctx.partner.id, buyer, status: 'invited' },
    })
    .find((invitation) => invitation.expires_at !== null && invitation.expires_at > ctx.now);
}

/** One nominee's pre-approval: its pre-assessment and, when it qualifies, its invitation. */
function preAssess(
  ctx: Context,
  batch: string,
  supplier: string,
  nominee: PreApprovalNominee,
  buyer: BuyerRecord,
): PreApprovalRecord {
  const base = {
    id: generateId('pa'),
    partner: ctx.partner.id,
    object: 'pre_approval' as const,
    batch,
    supplier,
    buyer: buyer.id,
    credit_bureau_queried: false as const,
    months_trading: nominee.months_trading,
    credit_application: null,
    credit_line: null,
    consents: [],
    session: null,
    responded_at: null,
    created: ctx.now,
    updated: ctx.now,
  };
  const ineligible = (reasons: DecisionReason[], decision: PreApproval['decision']) =>
    ({ ...base, status: 'ineligible', offer: null, reasons, decision, expires_at: null }) as const;

  if (lineOfBuyer(ctx, buyer.id)) return ineligible([NOT_INVITED.credit_line_exists], null);
  if (!sameShop(buyer, nominee)) return ineligible([NOT_INVITED.identity_mismatch], null);
  const decision = defaultRiskEngine().decideApplication(nomineeIndicators(ctx, buyer, nominee), {
    business_name: buyer.business_name,
    credit_code: buyer.credit_code,
  });
  const explained = {
    score: decision.score,
    rules_fired: [...decision.fired],
    rule_set: decision.rule_set,
  };
  const reasons = decision.reasons.map(reasonOf);
  if (decision.outcome !== 'approve') return ineligible(reasons, explained);
  return {
    ...base,
    status: 'invited',
    offer: {
      limit: { amount: decision.limit, currency: 'CNY' },
      apr: decision.apr,
      daily_rate: dailyRateFromApr(decision.apr),
      term_options: [...decision.terms],
    },
    reasons,
    decision: explained,
    expires_at: ctx.now + PRE_APPROVAL_LIFETIME_DAYS * DAY,
  };
}

/**
 * Nominates a supplier's shops for pre-approval (批量预授信): each is pre-assessed by the risk
 * engine on the platform's data alone, and a shop that qualifies is invited with an indicative
 * offer (`pre_approval.invited`) it may accept from its own page. A shop that already has an
 * open invitation keeps it (the answer lists that one); a shop with a line, whose details do not
 * match, or that does not qualify is `ineligible`. Every shop is checked before anything is
 * written, so an unknown one refuses the whole call.
 *
 * @throws ApiError `resource_missing` for an unknown supplier or shop (`param` names which)
 */
export function nominateShops(ctx: Context, params: CreatePreApprovalsParams): PreApprovalBatch {
  const supplier = getSupplier(ctx, params.supplier, 'supplier');
  const buyers = params.shops.map((nominee, index) =>
    getBuyer(ctx, nominee.buyer, `shops[${index}].buyer`),
  );
  const batch = generateId('pab');
  const data = params.shops.map((nominee, index) => {
    const buyer = buyers[index]!;
    const existing = openInvitation(ctx, buyer.id);
    if (existing) return withoutPartner(existing);
    const record = preAssess(ctx, batch, supplier.id, nominee, buyer);
    ctx.store.insert('pre_approvals', record);
    const resource = withoutPartner(record);
    if (record.status === 'invited') {
      scheduleTimer(ctx, 'expire_pre_approval', record.id, record.expires_at!);
      recordEvent(ctx, 'pre_approval.invited', resource);
    }
    return resource;
  });
  return {
    id: batch,
    object: 'pre_approval_batch',
    supplier: supplier.id,
    invited: data.filter((pre) => pre.status === 'invited').length,
    ineligible: data.filter((pre) => pre.status === 'ineligible').length,
    data,
    created: ctx.now,
  };
}

/** The timer's work: an invitation nobody answered lapses (`pre_approval.expired`). */
export function expirePreApprovalWhenDue(ctx: Context, id: string): void {
  const invitation = ctx.store.get<PreApprovalRecord>('pre_approvals', id);
  if (!invitation || invitation.status !== 'invited') return;
  settle(ctx, invitation, { status: 'expired' }, 'pre_approval.expired');
}

function settle(
  ctx: Context,
  record: PreApprovalRecord,
  change: Partial<PreApprovalRecord>,
  type:
    | 'pre_approval.accepted'
    | 'pre_approval.not_approved'
    | 'pre_approval.declined'
    | 'pre_approval.expired',
): PreApproval {
  const updated: PreApprovalRecord = { ...record, ...change, updated: ctx.now };
  ctx.store.update('pre_approvals', updated);
  const resource = withoutPartner(updated);
  recordEvent(ctx, type, resource);
  return resource;
}

/** The invitation a shop may answer now. @throws ApiError `pre_approval_not_open` */
function invitationToAnswer(ctx: Context, buyer: string): PreApprovalRecord {
  const invitation = openInvitation(ctx, buyer);
  if (!invitation) {
    throw new ApiError(
      'pre_approval_not_open',
      'This shop has no open invitation: it was answered, it expired, or none was sent',
    );
  }
  return invitation;
}

/**
 * The shop accepts its invitation in one tap: it gives its credit-query authorisation and its
 * data-sharing consent (the bank's current texts, in the language shown), and only then does
 * the bank run the real application, which may query its credit record and opens the line.
 * Everything is one transaction: a refused application records no consent.
 *
 * @throws ApiError `pre_approval_not_open`, `consent_template_outdated`, `credit_line_exists`
 */
export function acceptPreApproval(
  ctx: Context,
  buyerId: string,
  params: AcceptPreApprovalParams,
  session: string | null,
): PreApproval {
  const invitation = invitationToAnswer(ctx, buyerId);
  assertCurrentTemplate(params.template_version, 'template_version');
  const consent = { template_version: params.template_version, locale: params.locale ?? 'zh-CN' };
  const creditQuery = giveConsent(ctx, buyerId, { type: 'credit_query', ...consent }, session);
  const sharing = giveConsent(ctx, buyerId, { type: 'data_sharing', ...consent }, session);
  const application = applyForCredit(
    ctx,
    buyerId,
    { months_trading: invitation.months_trading },
    session,
  );
  const approved = application.status === 'approved';
  return settle(
    ctx,
    invitation,
    {
      status: approved ? 'accepted' : 'not_approved',
      credit_application: application.id,
      credit_line: application.credit_line,
      consents: [creditQuery.id, sharing.id],
      session,
      responded_at: ctx.now,
    },
    approved ? 'pre_approval.accepted' : 'pre_approval.not_approved',
  );
}

/**
 * The shop declines its invitation: nothing is queried and no consent is recorded.
 *
 * @throws ApiError `pre_approval_not_open`
 */
export function declinePreApproval(
  ctx: Context,
  buyerId: string,
  session: string | null,
): PreApproval {
  const invitation = invitationToAnswer(ctx, buyerId);
  return settle(
    ctx,
    invitation,
    { status: 'declined', session, responded_at: ctx.now },
    'pre_approval.declined',
  );
}

/**
 * What the shop's page shows: its open invitation, or else its latest answered one.
 *
 * @throws ApiError `resource_missing` when the shop was never invited
 */
export function preApprovalOfShop(ctx: Context, buyer: string): PreApproval {
  const open = openInvitation(ctx, buyer);
  const latest =
    open ??
    ctx.store
      .find<PreApprovalRecord>('pre_approvals', { where: { partner: ctx.partner.id, buyer } })
      .find((pre) => pre.status !== 'ineligible');
  if (!latest) throw new ApiError('resource_missing', 'This shop has not been invited');
  return withoutPartner(latest);
}

export function retrievePreApproval(ctx: Context, id: string): PreApproval {
  return withoutPartner(getOwned<PreApprovalRecord>(ctx, 'pre_approvals', id));
}

export function listPreApprovals(ctx: Context, params: ListPreApprovalsParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(
    ctx,
    'pre_approvals',
    filters,
    { limit, starting_after },
    withoutPartner<PreApprovalRecord>,
  );
}
