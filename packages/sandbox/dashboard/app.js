// The dashboard: sign-in with the partner's secret key, a page per kind of object (chosen by
// the URL's hash, so a page can be linked without any key in the URL), and the language.
import { BankError, call, session } from './api.js';
import { h } from './dom.js';
import { locale, setLocale, t } from './i18n.js';
import * as business from './views-business.js';
import { startTicking } from './test-clock.js';
import * as tools from './views-tools.js';
import * as webhooks from './views-webhooks.js';

/** @type {Record<string, (reload: () => void, query: URLSearchParams) => Promise<Node | Node[]>>} */
const PAGES = {
  payments: business.payments,
  shops: business.shops,
  consents: business.consents,
  credit: business.credit,
  loans: business.loans,
  escrow: business.escrow,
  ledger: business.ledger,
  events: webhooks.events,
  messages: tools.messages,
  requests: tools.requests,
  clock: tools.clock,
};

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** The page the hash names (`#requests?status=4xx`), and its query. */
function route() {
  const [name = '', query = ''] = location.hash.slice(1).split('?');
  return { name: name in PAGES ? name : 'payments', query: new URLSearchParams(query) };
}

/** @param {unknown} error */
function failure(error) {
  const bank = error instanceof BankError ? error : null;
  return h(
    'p',
    { class: 'error', role: 'alert' },
    t('failed', {
      message: error instanceof Error ? error.message : String(error),
      code: bank?.code ?? '—',
      request: bank?.requestId ?? '—',
    }),
  );
}

async function render() {
  const { name, query } = route();
  const view = $('view');
  $('nav').replaceChildren(
    ...Object.keys(PAGES).map((page) =>
      h('a', { href: `#${page}`, 'aria-current': page === name ? 'page' : undefined }, t(page)),
    ),
  );
  view.replaceChildren(h('h2', {}, t(name)), h('p', { class: 'loading' }, t('loading')));
  try {
    const nodes = await PAGES[name](render, query);
    view.replaceChildren(h('h2', {}, t(name)), ...[nodes].flat());
    view.dataset.page = name;
  } catch (error) {
    view.replaceChildren(h('h2', {}, t(name)), failure(error));
  }
}

function translate() {
  document.documentElement.lang = locale();
  document.title = t('title');
  for (const element of document.querySelectorAll('[data-t]')) {
    element.textContent = t(/** @type {HTMLElement} */ (element).dataset.t ?? '');
  }
  $('lang').textContent = t('language');
}

function showSignedIn() {
  const signedIn = session.key() !== null;
  $('sign-in').hidden = signedIn;
  $('app').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  if (signedIn) void render();
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = /** @type {HTMLInputElement} */ ($('secret-key'));
  const key = input.value.trim();
  try {
    await call('GET', '/v1/test_clocks/current', undefined, key);
  } catch (error) {
    $('sign-in-error').textContent =
      `${t('keyRefused')}: ${error instanceof Error ? error.message : ''}`;
    return;
  }
  input.value = '';
  $('sign-in-error').textContent = '';
  session.signIn(key);
  showSignedIn();
});

$('sign-out').addEventListener('click', () => {
  session.signOut();
  showSignedIn();
});

$('lang').addEventListener('click', () => {
  setLocale(locale() === 'zh-CN' ? 'en' : 'zh-CN');
  translate();
  if (session.key() !== null) void render();
});

// A button's action that fails (a refused resend, say) says so above the page.
window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  $('view').prepend(failure(event.reason));
});

window.addEventListener('hashchange', () => void render());
translate();
showSignedIn();
startTicking();
