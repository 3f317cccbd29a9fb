/**
 * The focus listener of the code field: keeps the field and its form's confirm button on screen
 * while the field has focus. A phone keyboard shrinks the viewport (and a mini-program's
 * `<web-view>` with it): the browser brings the focused field into view, at best, but not the
 * button under it, which is left behind the keyboard. Follows the viewport's resizes until the
 * field loses focus or leaves the page.
 */
export function keepConfirmInView(event: FocusEvent): void {
  const field = event.currentTarget as HTMLInputElement;
  const viewport: EventTarget = window.visualViewport ?? window;
  const reveal = () => {
    if (!field.isConnected || !field.matches(':focus')) {
      stop();
      return;
    }
    // The button as low as it fits, then the field back if the button pushed it off the top.
    field.form?.querySelector('[part="confirm"]')?.scrollIntoView({ block: 'nearest' });
    field.scrollIntoView({ block: 'nearest' });
  };
  const stop = () => {
    viewport.removeEventListener('resize', reveal);
    field.removeEventListener('blur', stop);
  };
  viewport.addEventListener('resize', reveal);
  field.addEventListener('blur', stop);
  // After the browser's own scroll to the focused field, which follows this event.
  requestAnimationFrame(reveal);
}
