// The cart lives in this browser (localStorage) as product ids and quantities only. Prices are
// looked up for display; the server prices the order again, from its own catalogue.

const KEY = 'anxin-cart';
/** Most units of one product per order (the server enforces the same). */
export const MAX_QUANTITY = 999;

/** @returns {Record<string, number>} product id → quantity */
export function readCart() {
  try {
    const cart = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return cart && typeof cart === 'object' ? cart : {};
  } catch {
    return {};
  }
}

/** @param {Record<string, number>} cart */
function save(cart) {
  localStorage.setItem(KEY, JSON.stringify(cart));
  window.dispatchEvent(new Event('cart-change'));
}

/** Sets a product's quantity, clamped to 1…999; 0 removes it. */
export function setQuantity(/** @type {string} */ productId, /** @type {number} */ quantity) {
  const cart = readCart();
  if (quantity <= 0) delete cart[productId];
  else cart[productId] = Math.min(Math.floor(quantity), MAX_QUANTITY);
  save(cart);
}

export function addToCart(/** @type {string} */ productId, /** @type {number} */ quantity) {
  setQuantity(productId, (readCart()[productId] ?? 0) + quantity);
}

export function clearCart() {
  save({});
}

/** Units in the cart, all products together. */
export function cartCount() {
  return Object.values(readCart()).reduce((sum, quantity) => sum + quantity, 0);
}
