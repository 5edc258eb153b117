// The one place zod is imported. `jitless` must be set before the first schema is built, or zod
// probes `new Function` and trips a strict Content-Security-Policy (see shared/STACK.md). Vite's
// bundler may hoist schema modules, so every schema imports `z` from here, never from 'zod/mini'.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
