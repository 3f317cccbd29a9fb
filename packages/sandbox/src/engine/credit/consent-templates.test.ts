import { CONSENT_TYPES, sha256Hex } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { CONSENT_TEMPLATE_VERSION, consentTemplate } from './consent-templates.js';

describe('consent templates', () => {
  it('hash the exact text the shop reads, in each locale, at the current version', () => {
    for (const type of CONSENT_TYPES) {
      const zh = consentTemplate(type, 'zh-CN');
      const en = consentTemplate(type, 'en');
      for (const template of [zh, en]) {
        expect(template.version).toBe(CONSENT_TEMPLATE_VERSION);
        expect(template.type).toBe(type);
        expect(template.text_sha256).toBe(sha256Hex(template.text));
        expect(template.text_sha256).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(zh.locale).toBe('zh-CN');
      expect(zh.text).not.toBe(en.text);
      expect(zh.text_sha256).not.toBe(en.text_sha256);
    }
  });
});
