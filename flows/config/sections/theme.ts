// The `theme` section: the organization's colours and shapes.
import { z } from '../zod';

const hexColor = z
  .string()
  .check(z.regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour like "#1d4f91"'));
const cssLength = z
  .string()
  .check(z.regex(/^\d{1,2}(\.\d{1,3})?(px|rem|em)$/, 'must be a length like "4px" or "1rem"'));

/** The organization's colours and shapes; hosts can set the same through CSS (README). */
export const theme = z.strictObject({
  brand: z.optional(hexColor),
  text: z.optional(hexColor),
  background: z.optional(hexColor),
  brandDark: z.optional(hexColor),
  textDark: z.optional(hexColor),
  backgroundDark: z.optional(hexColor),
  font: z.optional(
    z
      .string()
      .check(
        z.maxLength(200),
        z.regex(/^[\w\s,"'-]+$/, 'must be a font list like "Source Sans 3", sans-serif'),
      ),
  ),
  radius: z.optional(cssLength),
  space: z.optional(cssLength),
});
