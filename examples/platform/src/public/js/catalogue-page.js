// The supplier's catalogue: choose quantities, add to the cart.
import { api, describeError } from './api.js';
import { addToCart, MAX_QUANTITY } from './cart.js';
import { $, h, show } from './dom.js';
import { initLayout } from './layout.js';

const CATEGORY = { diapers: '纸尿裤', feeding: '喂养', care: '洗护', clothing: '服饰' };
const grid = $('[data-products]');
const toast = $('[data-toast]');
let toastTimer = 0;

function say(/** @type {string} */ text) {
  toast.textContent = text;
  toast.classList.add('visible');
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => toast.classList.remove('visible'), 2500);
}

/** A − [n] + control; returns the element and a reader for its whole-number value. */
function stepper(/** @type {string} */ label) {
  const input = /** @type {HTMLInputElement} */ (
    h('input', {
      type: 'number',
      inputmode: 'numeric',
      min: 1,
      max: MAX_QUANTITY,
      value: 1,
      'aria-label': `${label} 数量`,
    })
  );
  const read = () => Math.min(Math.max(Math.floor(Number(input.value)) || 1, 1), MAX_QUANTITY);
  const step = (/** @type {number} */ by) => () =>
    (input.value = String(Math.min(Math.max(read() + by, 1), MAX_QUANTITY)));
  const element = h(
    'div',
    { class: 'stepper' },
    h('button', { type: 'button', 'aria-label': '减少', onclick: step(-1) }, '−'),
    input,
    h('button', { type: 'button', 'aria-label': '增加', onclick: step(1) }, '+'),
  );
  return { element, read, reset: () => (input.value = '1') };
}

/** @param {{ id: string, name: string, spec: string, unit: string, category: keyof typeof CATEGORY, priceText: string }} product */
function productCard(product) {
  const quantity = stepper(product.name);
  const add = () => {
    const count = quantity.read();
    addToCart(product.id, count);
    quantity.reset();
    say(`已加入进货单：${product.name} ×${count}`);
  };
  return h(
    'article',
    { class: 'card product', 'data-product': product.id },
    h(
      'div',
      { class: `product-tile tile-${product.category}`, 'aria-hidden': 'true' },
      CATEGORY[product.category],
    ),
    h('h2', {}, product.name),
    h('p', { class: 'muted' }, product.spec),
    h('p', { class: 'price' }, h('strong', {}, product.priceText), ` / ${product.unit}`),
    h(
      'div',
      { class: 'buy-row' },
      quantity.element,
      h('button', { type: 'button', class: 'button', onclick: add }, '加入进货单'),
    ),
  );
}

try {
  await initLayout();
  const { supplier, products } = await api('/catalogue');
  $('[data-supplier-name]').textContent = supplier.name;
  show(grid, ...products.map(productCard));
} catch (error) {
  show(grid, h('p', { class: 'error', role: 'alert' }, describeError(error)));
}
