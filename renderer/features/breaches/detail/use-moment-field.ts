import { useState } from 'react';
import { instantInZone, instantToWallTime, wallTimeToInstant } from '../../../../electron/shared/pure/zoned-time';
import { useNow } from '../use-now';

/**
 * A "when" field that proposes now: the `datetime-local` value follows the clock in the
 * organisation's zone until the DPO changes it; `instantAt` gives the ISO instant with the
 * zone's offset (now to the second while untouched), or null when the text is not a time.
 */
export function useMomentField(timeZone: string) {
  const now = useNow(15_000);
  const [wall, setWall] = useState<string | null>(null);
  return {
    value: wall ?? instantToWallTime(now, timeZone),
    onChange: (value: string) => setWall(value),
    edited: wall !== null,
    /** The field holds a time (always true while it proposes now). */
    valid: wall === null || wallTimeToInstant(wall, timeZone) !== null,
    instantAt: (nowMs: number): string | null => (wall === null ? instantInZone(nowMs, timeZone) : wallTimeToInstant(wall, timeZone)),
  };
}
