// Types of framework-types.mjs for the TypeScript tests that import it.
import type { Manifest } from './manifest.js';

export interface Prop {
  name: string;
  type: string;
}

export interface Element {
  tag: string;
  className: string;
  attributes: Prop[];
  properties: Prop[];
  events: Prop[];
  details: string[];
}

export function elementsOf(manifest: Manifest): Element[];
export function reactDeclarations(elements: Element[]): string;
export function vueDeclarations(elements: Element[]): string;
export function frameworkFiles(): Promise<Record<string, string>>;
