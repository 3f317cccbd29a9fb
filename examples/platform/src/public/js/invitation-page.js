// The shop's own page for a supplier's invitation (批量预授信). The backend hands it a wallet
// session for the logged-in shop; from then on the page talks to the bank itself, with the
// publishable key and that session's client secret: it reads the invitation and the bank's
// consent texts, and the shop accepts (giving both consents) or declines in one tap. This
// platform never sees the shop's answer before the bank does.
import { api, describeError } from './api.js';
import { $, h, show } from './dom.js';
import { initLayout } from './layout.js';
import { formatFen } from './money.js';

const slot = $('[data-invitation]');
const note = $('[data-note]');

/** A call to the bank as this page may make it: publishable key plus client secret. */
function bankCall(/** @type {any} */ session) {
  return async (
    /** @type {string} */ path,
    /** @type {{ method?: string, body?: unknown }} */ options = {},
  ) => {
    const method = options.method ?? 'GET';
    const headers = /** @type {Record<string, string>} */ ({
      Authorization: `Bearer ${session.publishableKey}`,
      'Xinghui-Client-Secret': session.clientSecret,
    });
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      // Every POST to the bank is idempotent: a retried tap never answers twice.
      headers['Idempotency-Key'] = crypto.randomUUID();
    }
    const response = await fetch(`${session.apiBase}${path}`, {
      method,
      headers,
      body: method === 'POST' ? JSON.stringify(options.body ?? {}) : undefined,
    });
    const data = await response.json().catch(() => null);
    if (!response.ok)
      throw Object.assign(new Error(data?.error?.message ?? `HTTP ${response.status}`), {
        code: data?.error?.code,
      });
    return data;
  };
}

/** What the shop reads for each answered status. */
const ANSWERED = {
  accepted: '您已接受邀请，星辉贷额度已开通：结账时可选择「星辉贷」付款。',
  not_approved: '您已接受邀请，但银行的正式审批未通过，本次未开通额度。',
  declined: '您已拒绝这次邀请。',
  expired: '这次邀请已过期。',
};

/**
 * `"0.0912"` → `9.12%` (`places` decimals of the percent, up to 4): integer arithmetic on the
 * decimal string, never a float.
 */
function percent(/** @type {string} */ rate, places = 2) {
  const [whole = '0', fraction = ''] = rate.split('.');
  const millionths = Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6));
  const scale = 10 ** places;
  const units = Math.round(millionths / 10 ** (4 - places)); // of 1/scale of a percent
  return `${Math.floor(units / scale)}.${String(units % scale).padStart(places, '0')}%`;
}

async function render(/** @type {ReturnType<typeof bankCall>} */ bank) {
  let invitation;
  try {
    invitation = await bank('/v1/client/pre_approval');
  } catch (error) {
    if (/** @type {any} */ (error).code === 'resource_missing') {
      show(slot, h('p', {}, '暂时没有供应商为您申请的授信邀请。'));
      return;
    }
    throw error;
  }
  if (invitation.status !== 'invited') {
    show(
      slot,
      h(
        'p',
        { 'data-status': invitation.status },
        ANSWERED[/** @type {keyof typeof ANSWERED} */ (invitation.status)] ?? invitation.status,
      ),
    );
    return;
  }
  const [creditQuery, dataSharing] = await Promise.all([
    bank('/v1/client/consent_templates/credit_query?locale=zh-CN'),
    bank('/v1/client/consent_templates/data_sharing?locale=zh-CN'),
  ]);
  const offer = invitation.offer;
  const accept = h(
    'button',
    { type: 'button', class: 'button', 'data-accept': true },
    '同意授权并开通额度',
  );
  const decline = h(
    'button',
    { type: 'button', class: 'link-button', 'data-decline': true },
    '暂不需要',
  );
  const answer = async (/** @type {'accept' | 'decline'} */ kind) => {
    accept.setAttribute('disabled', '');
    decline.setAttribute('disabled', '');
    try {
      const body =
        kind === 'accept' ? { template_version: creditQuery.version, locale: 'zh-CN' } : {};
      await bank(`/v1/client/pre_approval/${kind}`, { method: 'POST', body });
      await render(bank);
    } catch (error) {
      note.textContent = `出错了：${/** @type {Error} */ (error).message}`;
      accept.removeAttribute('disabled');
      decline.removeAttribute('disabled');
    }
  };
  accept.addEventListener('click', () => void answer('accept'));
  decline.addEventListener('click', () => void answer('decline'));
  show(
    slot,
    h(
      'div',
      { 'data-status': 'invited' },
      h(
        'p',
        {},
        `预授信额度 ${formatFen(offer.limit.amount)}，年化利率 ${percent(offer.apr)}（日利率 ${percent(offer.daily_rate, 4)}）。`,
      ),
      h(
        'p',
        { class: 'muted' },
        '这是银行仅凭平台经营数据做出的预评估，未查询您的征信；接受后银行将依您的授权正式审批，额度以审批结果为准。',
      ),
      h('details', {}, h('summary', {}, creditQuery.title), h('p', {}, creditQuery.text)),
      h('details', {}, h('summary', {}, dataSharing.title), h('p', {}, dataSharing.text)),
      h('p', {}, accept, ' ', decline),
    ),
  );
}

try {
  await initLayout();
  const session = await api('/wallet-session', { method: 'POST' });
  await render(bankCall(session));
} catch (error) {
  show(slot, h('p', { class: 'error', role: 'alert' }, describeError(error)));
}
