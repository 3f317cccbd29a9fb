// The docs-only texts (docs/errors.md, docs/events.md) must cover every code, type and event
// type, with nothing left empty and nothing for a code that no longer exists.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_TYPES } from './errors.js';
import { ERROR_DOCS, ERROR_TYPE_DOCS } from './errors.docs.js';
import { EVENT_TYPES } from './resources/event.js';
import { EVENT_DOCS } from './resources/event.docs.js';

describe('docs-only texts', () => {
  it('explain every error code, and only those', () => {
    expect(Object.keys(ERROR_DOCS).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const [code, doc] of Object.entries(ERROR_DOCS)) {
      expect(doc.meaning.trim(), code).not.toBe('');
      expect(doc.action.trim(), code).not.toBe('');
    }
  });

  it('explain every error type, and only those', () => {
    expect(Object.keys(ERROR_TYPE_DOCS).sort()).toEqual([...ERROR_TYPES].sort());
  });

  it('say when every event type fires, and only those', () => {
    expect(Object.keys(EVENT_DOCS).sort()).toEqual([...EVENT_TYPES].sort());
    for (const [type, text] of Object.entries(EVENT_DOCS)) expect(text.trim(), type).not.toBe('');
  });
});
