import { describe, expect, it } from 'vitest';
import { channelsArgument, channelsFromArgv } from './bridge-channels';
import { channels } from './channels';

describe('the channel names main hands the preload', () => {
  it('come back from argv exactly as the contract lists them', () => {
    const argv = ['/opt/DPO Desk/dpo-desk', '--type=renderer', channelsArgument(channels), '--enable-sandbox'];
    expect(channelsFromArgv(argv)).toEqual([...channels]);
  });

  it('are none when main passed no list', () => {
    expect(channelsFromArgv(['/opt/DPO Desk/dpo-desk', '--type=renderer'])).toEqual([]);
  });
});
