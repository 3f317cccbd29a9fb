/**
 * `@xinghui/example-platform`: a wholesale ordering site whose backend uses
 * `@xinghui/sdk/server` and whose checkout page uses `<xh-pay-button>`.
 *
 * @packageDocumentation
 */

export { createPlatform } from './app.js';
export type { Platform, PlatformOptions } from './app.js';
export { servePlatform } from './serve.js';
export type { RunningPlatform } from './serve.js';
export { PRODUCTS, SUPPLIER, priceCart } from './catalogue.js';
export type { OrderLine, Product } from './catalogue.js';
export { SHOPS } from './seed.js';
export type { SeededParties, SeededShop } from './seed.js';
