import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { partiesOf, type PlatformContext } from './context.js';
import { HttpError } from './http-error.js';
import type { SeededShop } from './seed.js';

const COOKIE = 'shop';

/**
 * The demo's stand-in for a login: the shop owner picks one of the seeded shops and a cookie
 * remembers which. HttpOnly keeps it from page scripts; SameSite=Strict keeps other sites from
 * placing orders in its name.
 */
export function logIn(c: Context, ctx: PlatformContext, key: unknown): SeededShop {
  const shop = partiesOf(ctx).shops.find((s) => s.key === key);
  if (!shop) throw new HttpError(400, 'unknown_shop', 'shop must be one of the demo shops');
  setCookie(c, COOKIE, shop.key, { httpOnly: true, sameSite: 'Strict', path: '/' });
  return shop;
}

export function logOut(c: Context): void {
  deleteCookie(c, COOKIE, { path: '/' });
}

/** The logged-in shop, if any. */
function shopOf(c: Context, ctx: PlatformContext): SeededShop | undefined {
  const key = getCookie(c, COOKIE);
  return partiesOf(ctx).shops.find((s) => s.key === key);
}

/** The logged-in shop, or a 401 for the API. */
export function currentShop(c: Context, ctx: PlatformContext): SeededShop {
  const shop = shopOf(c, ctx);
  if (!shop) throw new HttpError(401, 'not_logged_in', 'Choose a shop first');
  return shop;
}

/** Pages only a logged-in shop may see; anyone else is sent to the login page first. */
const SHOP_PAGES = new Set([
  '/',
  '/index.html',
  '/cart.html',
  '/checkout.html',
  '/orders.html',
  '/credit.html',
  '/webview.html',
]);

export function loginRedirect(ctx: PlatformContext): MiddlewareHandler {
  return async (c, next) => {
    if (SHOP_PAGES.has(c.req.path) && !shopOf(c, ctx)) return c.redirect('/login.html');
    await next();
  };
}
