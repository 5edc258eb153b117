// The configurations in public/orgs/, read when the app is built, so the standalone page's
// `?org=<id>` opens any of them and names the others when an id is unknown (src/app/orgChoice.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OrgEntry {
  id: string;
  name: string;
}

export function orgList(dir: string): OrgEntry[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.json$/, '');
      let name = id;
      try {
        const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        if (typeof raw?.name === 'string') name = raw.name;
      } catch {
        // A broken file is still listed: opening it shows its problems.
      }
      return { id, name };
    })
    .sort((a, b) => order(a.id) - order(b.id));
}

// The two demos first, in the order the README introduces them.
const order = (id: string) => ['riverside', 'lakeside'].indexOf(id) >>> 0;
