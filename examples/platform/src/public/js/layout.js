// The header every logged-in page shares: who is logged in, the cart badge, switching shop.
import { api } from './api.js';
import { cartCount, clearCart } from './cart.js';
import { $ } from './dom.js';

function updateCartBadge() {
  const badge = $('[data-cart-count]');
  const count = cartCount();
  badge.textContent = String(count);
  badge.hidden = count === 0;
}

/**
 * Fills the header and returns the logged-in shop (or goes to the login page).
 * @returns {Promise<{ key: string, businessName: string, walletBalanceText: string }>}
 */
export async function initLayout() {
  for (const link of document.querySelectorAll('.site-nav a')) {
    if (link.getAttribute('href') === location.pathname) link.setAttribute('aria-current', 'page');
  }
  updateCartBadge();
  window.addEventListener('cart-change', updateCartBadge);
  window.addEventListener('storage', updateCartBadge); // another tab changed the cart
  $('[data-logout]').addEventListener('click', async () => {
    await api('/logout', { method: 'POST' });
    clearCart();
    location.assign('/login.html');
  });

  const me = await api('/me');
  $('[data-shop-name]').textContent = me.businessName;
  return me;
}
