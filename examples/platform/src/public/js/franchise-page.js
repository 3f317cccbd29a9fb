// The wholesaler's page: invite its franchise shops to the bank's credit in one call, and see
// which are invited, accepted, declined or expired. Everything goes through this platform's
// backend, which holds the secret key; the page itself never talks to the bank.
import { api, describeError } from './api.js';
import { $, h, show } from './dom.js';
import { formatFen } from './money.js';

/** What the supplier sees for each status of a pre-approval. */
const STATUS_TEXT = {
  not_invited: '未邀请',
  ineligible: '暂不符合条件',
  invited: '已邀请 · 等待门店确认',
  accepted: '已接受 · 额度已开通',
  not_approved: '已接受 · 银行审批未通过',
  declined: '门店已拒绝',
  expired: '邀请已过期',
};

const rows = $('[data-rows]');
const note = $('[data-note]');

/** `"0.0912"` → `9.12%`: integer arithmetic on the decimal string, never a float. */
function percent(/** @type {string} */ rate) {
  const [whole = '0', fraction = ''] = rate.split('.');
  const millionths = Number(whole) * 1_000_000 + Number(fraction.padEnd(6, '0').slice(0, 6));
  const hundredths = Math.round(millionths / 100); // of a percent
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
}

async function refresh() {
  const { shops } = await api('/franchise');
  show(
    rows,
    ...shops.map((/** @type {any} */ shop) =>
      h(
        'tr',
        { 'data-status': shop.status },
        h('td', {}, shop.businessName),
        h(
          'td',
          {},
          STATUS_TEXT[/** @type {keyof typeof STATUS_TEXT} */ (shop.status)] ?? shop.status,
        ),
        h('td', {}, shop.limit ? formatFen(shop.limit.amount) : '—'),
        h('td', {}, shop.apr ? percent(shop.apr) : '—'),
      ),
    ),
  );
}

$('[data-invite]').addEventListener('click', async () => {
  try {
    const { invited, ineligible } = await api('/franchise/invite', { method: 'POST' });
    note.textContent = `银行已预评估：${invited} 家已邀请，${ineligible} 家暂不符合条件。`;
    await refresh();
  } catch (error) {
    note.textContent = describeError(error);
  }
});

try {
  await refresh();
} catch (error) {
  show(
    rows,
    h('tr', {}, h('td', { colspan: 4, class: 'error', role: 'alert' }, describeError(error))),
  );
}
