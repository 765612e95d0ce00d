import type { Channel } from './channels';
import type { Input, Output } from './contract';
import type { Result } from './result';

/** `window.dpo`: one function per channel, returning a `Result`. Built by the preload. */
export type DpoApi = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };
