import { expect, fixture, html } from '@open-wc/testing';
import { commonMessages } from '../i18n/common.messages.js';
import { codeForm } from './code-form.js';

/**
 * The code form low in a scrolling box that stands for the viewport: shrinking the box and
 * telling the page its viewport resized is what a phone keyboard coming up does. Laid out as
 * the components do, one part under the other, with help text between field and button.
 */
async function formInViewport() {
  const viewport = await fixture<HTMLDivElement>(html`
    <div style="height: 320px; overflow: auto">
      <style>
        form {
          display: grid;
          gap: 8px;
        }
        #code-hint {
          height: 120px;
        }
      </style>
      <div style="height: 600px"></div>
      ${codeForm({
        t: commonMessages,
        confirmLabel: '确认付款',
        busy: false,
        resendInSeconds: 0,
        onSubmit: () => undefined,
        onResend: () => undefined,
      })}
      <div style="height: 600px"></div>
    </div>
  `);
  const field = viewport.querySelector<HTMLInputElement>('[part="code-input"]')!;
  const confirm = viewport.querySelector<HTMLButtonElement>('[part="confirm"]')!;
  return { viewport, field, confirm };
}

const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

/** The keyboard comes up: the viewport is this high now, and says it resized. */
function keyboardUp(viewport: HTMLElement, height: number) {
  viewport.style.height = `${height}px`;
  (window.visualViewport ?? window).dispatchEvent(new Event('resize'));
}

function expectInside(viewport: HTMLElement, element: HTMLElement) {
  const outer = viewport.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  expect(inner.top, 'top').to.be.at.least(outer.top);
  expect(inner.bottom, 'bottom').to.be.at.most(outer.bottom);
}

describe('the code field above the phone keyboard', () => {
  it('brings the confirm button into view when the field takes focus', async () => {
    const { viewport, field, confirm } = await formInViewport();
    field.focus();
    await nextFrame();
    expectInside(viewport, field);
    expectInside(viewport, confirm);
  });

  it('keeps the field and the confirm button in view when the viewport shrinks under them', async () => {
    const { viewport, field, confirm } = await formInViewport();
    field.focus();
    await nextFrame();
    keyboardUp(viewport, 240);
    expectInside(viewport, field);
    expectInside(viewport, confirm);
  });

  it('stops following the viewport once the field loses focus', async () => {
    const { viewport, field } = await formInViewport();
    field.focus();
    await nextFrame();
    field.blur();
    viewport.scrollTop = 0;
    keyboardUp(viewport, 240);
    expect(viewport.scrollTop).to.equal(0);
  });
});
