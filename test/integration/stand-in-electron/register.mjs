/** `node --import` entry: installs the hook that makes `electron` the stand-in. */
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
