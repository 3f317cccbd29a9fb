// The demo's login: pick one of the seeded shops.
import { api, describeError } from './api.js';
import { clearCart } from './cart.js';
import { $, h, show } from './dom.js';

const list = $('[data-shops]');

/** @param {{ key: string, businessName: string, ownerName: string, hint: string, walletBalanceText: string }} shop */
function shopCard(shop) {
  const enter = async () => {
    try {
      await api('/login', { method: 'POST', body: { shop: shop.key } });
      clearCart(); // a cart belongs to the shop that filled it
      location.assign('/');
    } catch (error) {
      list.append(h('p', { class: 'error', role: 'alert' }, describeError(error)));
    }
  };
  return h(
    'article',
    { class: 'card shop-card', 'data-shop': shop.key },
    h('h2', {}, shop.businessName),
    h('p', { class: 'muted' }, `店主 ${shop.ownerName}`),
    h('p', {}, '星辉钱包余额 ', h('strong', {}, shop.walletBalanceText)),
    h('p', { class: 'hint' }, shop.hint),
    h(
      'button',
      { type: 'button', class: 'button', onclick: enter },
      `以「${shop.businessName}」进入`,
    ),
  );
}

try {
  const { data } = await api('/shops');
  show(list, ...data.map(shopCard));
} catch (error) {
  show(list, h('p', { class: 'error', role: 'alert' }, describeError(error)));
}
