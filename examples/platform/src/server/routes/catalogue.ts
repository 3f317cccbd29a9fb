import { Hono } from 'hono';
import { presentCatalogue } from '../catalogue.js';

/** The supplier's catalogue; public, like any shop window. */
export function catalogueRoutes(): Hono {
  const catalogue = presentCatalogue();
  return new Hono().get('/catalogue', (c) => c.json(catalogue));
}
