import { describe, expect, it } from 'vitest';
import { clockNow, MAX_ADVANCE_SECONDS } from './clock.js';
import type { PartnerRecord } from './records.js';

const partner = (clock_offset_seconds: number) => ({ clock_offset_seconds }) as PartnerRecord;

describe('test clock', () => {
  it('is the wall clock in whole seconds plus what advance added', () => {
    expect(clockNow(partner(0), 1_764_633_600_999)).toBe(1_764_633_600);
    expect(clockNow(partner(86_400), 1_764_633_600_000)).toBe(1_764_720_000);
  });

  it('lets one advance run a year-long loan or escrow to its end, and no further', () => {
    expect(MAX_ADVANCE_SECONDS).toBe(366 * 86_400);
  });
});
