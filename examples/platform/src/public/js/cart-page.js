// The cart: change quantities, see the total, place the order.
import { api, describeError } from './api.js';
import { MAX_QUANTITY, clearCart, readCart, setQuantity } from './cart.js';
import { $, h, show } from './dom.js';
import { initLayout } from './layout.js';
import { formatFen } from './money.js';

const container = $('[data-cart]');
/** @type {Map<string, { id: string, name: string, spec: string, unit: string, price: { amount: number } }>} */
let products = new Map();

/** One cart line: name, unit price, quantity input, subtotal, remove. */
function lineRow(/** @type {string} */ id, /** @type {number} */ quantity) {
  const product = products.get(id);
  if (!product) return null; // no longer sold: left out here, and refused by the server
  const input = h('input', {
    type: 'number',
    inputmode: 'numeric',
    min: 1,
    max: MAX_QUANTITY,
    value: quantity,
    'aria-label': `${product.name} 数量`,
    onchange: (/** @type {Event} */ event) => {
      const value = Math.floor(Number(/** @type {HTMLInputElement} */ (event.target).value));
      setQuantity(id, Number.isFinite(value) && value > 0 ? value : 1);
      render();
    },
  });
  return h(
    'li',
    { class: 'cart-line', 'data-product': id },
    h(
      'div',
      { class: 'cart-line-name' },
      h('strong', {}, product.name),
      h(
        'span',
        { class: 'muted' },
        `${product.spec} · ${formatFen(product.price.amount)} / ${product.unit}`,
      ),
    ),
    input,
    h('span', { class: 'cart-line-amount' }, formatFen(product.price.amount * quantity)),
    h(
      'button',
      { type: 'button', class: 'link-button', onclick: () => (setQuantity(id, 0), render()) },
      '删除',
    ),
  );
}

async function placeOrder(
  /** @type {HTMLButtonElement} */ button,
  /** @type {HTMLElement} */ note,
) {
  button.disabled = true;
  note.textContent = '';
  try {
    // Only ids and quantities: the server prices the order from its own catalogue.
    const lines = Object.entries(readCart()).map(([product_id, quantity]) => ({
      product_id,
      quantity,
    }));
    const { orderId } = await api('/checkout', { method: 'POST', body: { lines } });
    clearCart();
    location.assign(`/checkout.html?order=${encodeURIComponent(orderId)}`);
  } catch (error) {
    note.textContent = describeError(error);
    button.disabled = false;
  }
}

function render() {
  const cart = Object.entries(readCart()).filter(([id]) => products.has(id));
  if (cart.length === 0) {
    show(
      container,
      h('p', { class: 'empty' }, '进货单是空的。', h('a', { href: '/' }, '去挑选商品')),
    );
    return;
  }
  const total = cart.reduce(
    (sum, [id, quantity]) => sum + (products.get(id)?.price.amount ?? 0) * quantity,
    0,
  );
  const units = cart.reduce((sum, [, quantity]) => sum + quantity, 0);
  const note = h('p', { class: 'error', role: 'alert' });
  const submit = /** @type {HTMLButtonElement} */ (
    h(
      'button',
      {
        type: 'button',
        class: 'button',
        'data-place-order': true,
        onclick: () => placeOrder(submit, note),
      },
      '提交订单',
    )
  );
  show(
    container,
    h('ul', { class: 'card cart-lines' }, ...cart.map(([id, quantity]) => lineRow(id, quantity))),
    h(
      'div',
      { class: 'card cart-summary' },
      h(
        'p',
        {},
        `共 ${units} 件，合计 `,
        h('strong', { class: 'total', 'data-total': true }, formatFen(total)),
      ),
      h(
        'p',
        { class: 'muted' },
        '提交后由平台按批发价生成订单，用星辉钱包或星辉贷付款；款项由银行托管，您确认收货后银行才付给供应商。',
      ),
      submit,
      note,
    ),
  );
}

try {
  await initLayout();
  const catalogue = await api('/catalogue');
  products = new Map(catalogue.products.map((/** @type {{ id: string }} */ p) => [p.id, p]));
  render();
  window.addEventListener('storage', render);
} catch (error) {
  show(container, h('p', { class: 'error', role: 'alert' }, describeError(error)));
}
