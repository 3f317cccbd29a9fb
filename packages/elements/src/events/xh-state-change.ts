/**
 * Detail of `xh-state-change`: the component moved from one step of its flow to another (the
 * same value as its `state` attribute), so a page can follow it without watching the attribute.
 * Fired after the new step is on screen.
 */
export interface XhStateChangeDetail<State extends string = string> {
  state: State;
  previous: State;
}

/** The `xh-state-change` event. */
export type XhStateChangeEvent<State extends string = string> = CustomEvent<
  XhStateChangeDetail<State>
>;

declare global {
  interface HTMLElementEventMap {
    'xh-state-change': XhStateChangeEvent;
  }
}
