import type { Dispatch } from '../api/dispatch';
import type { Channel } from '../../shared/channels';
import type { Input, Output } from '../../shared/contract';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** The demo drives the real API (validation, rules, audit) and stops at the first refusal. */
export function demoApi(dispatch: Dispatch) {
  return async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new AppError(result.error.code, msg('msg.error.demo.failed', { channel, cause: [result.error.detail ?? msg('msg.error.demo.cause', { text: result.error.message })] }));
    return result.value as Output<C>;
  };
}
export type DemoCall = ReturnType<typeof demoApi>;

/** One step of the demo year, run in time order with the clock set to `at`. */
export interface DemoEvent {
  at: Date;
  run(call: DemoCall): Promise<void>;
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
