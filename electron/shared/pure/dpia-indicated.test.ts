import { describe, expect, it } from 'vitest';
import { dpiaIndicated } from './dpia-indicated';

describe('dpiaIndicated', () => {
  it('points to a DPIA from two WP248 criteria, not from one', () => {
    expect(dpiaIndicated([], [])).toBe(false);
    expect(dpiaIndicated(['large-scale'], [])).toBe(false);
    expect(dpiaIndicated(['large-scale', 'sensitive-data'], [])).toBe(true);
  });

  it('points to a DPIA from any item of the Garante’s Annex 1 that applies on its own', () => {
    expect(dpiaIndicated([], ['biometric-systematic'])).toBe(true);
    expect(dpiaIndicated([], ['employee-remote-monitoring'])).toBe(true);
  });

  it('applies Annex 1 item 7 (innovative technologies) only with another WP248 criterion', () => {
    expect(dpiaIndicated([], ['innovative-technology'])).toBe(false);
    expect(dpiaIndicated(['innovative-technology'], ['innovative-technology'])).toBe(false);
    expect(dpiaIndicated(['systematic-monitoring'], ['innovative-technology'])).toBe(true);
    expect(dpiaIndicated([], ['innovative-technology', 'interconnection-combination'])).toBe(true);
  });
});
