// The partner's test clock as the page knows it, and the live countdowns that run on it. The
// bank's time is the wall clock plus an offset that only moves forward: the page keeps that
// offset (read from every answer that says what time it is on the partner's clock) and ticks
// each countdown once a second, so a timer counts down live and jumps after a clock advance.
import { countdownText, time } from './format.js';
import { locale, t } from './i18n.js';

/** Partner's clock minus the browser's, in seconds. */
let skew = 0;

/**
 * Remembers the partner's time given by the bank (`GET /v1/test_clocks/current`, an advance).
 * @param {number} partnerNow Unix seconds on the partner's clock
 */
export function noteClock(partnerNow) {
  skew = partnerNow - Date.now() / 1000;
}

/** The partner's time now, in whole Unix seconds. */
export function clockNow() {
  return Math.floor(Date.now() / 1000 + skew);
}

/** @param {HTMLElement} element */
function tick(element) {
  if (element.dataset.clock !== undefined) {
    element.textContent = time(clockNow(), locale());
    return;
  }
  const left = Number(element.dataset.deadline) - clockNow();
  element.textContent = left > 0 ? countdownText(left, locale()) : t('dueNow');
}

/**
 * A span that counts down to `deadline` (Unix seconds on the partner's clock), live.
 * @param {number} deadline
 */
export function countdown(deadline) {
  const span = document.createElement('span');
  span.className = 'countdown';
  span.dataset.deadline = String(deadline);
  tick(span);
  return span;
}

/** A span that shows the partner's clock, live. */
export function liveClock() {
  const span = document.createElement('span');
  span.dataset.clock = '';
  tick(span);
  return span;
}

/** One ticker for the whole page: whatever countdowns the current page shows move each second. */
export function startTicking() {
  setInterval(() => {
    for (const element of document.querySelectorAll('[data-deadline], [data-clock]')) {
      tick(/** @type {HTMLElement} */ (element));
    }
  }, 1000);
}
