// The `text` section's building block: UI string overrides, nested as in content/<locale>/ui.json.
import { z } from '../zod';
import { text } from './fields';

type UiOverride = string | { [key: string]: UiOverride };
export const uiOverride: z.ZodMiniType<UiOverride> = z.union([
  text(2000),
  z.record(
    z.string().check(z.maxLength(60)),
    z.lazy(() => uiOverride),
  ),
]);
