// The way back from a <web-view> to the mini-program that opened it: WeChat's JS-SDK (jweixin)
// defines `wx.miniProgram` on the page. `postMessage` only queues the message: the <web-view>'s
// `bindmessage` gets it when the user goes back (or the page is destroyed or shared), so the
// result is posted and then the page goes back itself.

/**
 * @typedef {object} MiniProgramBridge what this page uses of jweixin's `wx.miniProgram`
 * @property {(options: { data: unknown }) => void} postMessage
 * @property {() => void} navigateBack
 * @property {(callback: (env: { miniprogram: boolean }) => void) => void} getEnv
 */

/** @returns {MiniProgramBridge | undefined} jweixin's bridge, when the JS-SDK is on the page */
function bridge() {
  return /** @type {{ wx?: { miniProgram?: MiniProgramBridge } }} */ (globalThis).wx?.miniProgram;
}

/** Whether the page runs inside a mini-program's <web-view> (jweixin says so). */
export function inMiniProgram() {
  const miniProgram = bridge();
  if (!miniProgram) return Promise.resolve(false);
  return new Promise((resolve) => miniProgram.getEnv((env) => resolve(env.miniprogram === true)));
}

/**
 * Hands `data` to the mini-program and goes back to it. Returns false, doing nothing, outside a
 * mini-program: the page then shows the result itself.
 * @param {unknown} data
 */
export async function returnToMiniProgram(data) {
  if (!(await inMiniProgram())) return false;
  const miniProgram = /** @type {MiniProgramBridge} */ (bridge());
  miniProgram.postMessage({ data });
  miniProgram.navigateBack();
  return true;
}
