declare module 'virtual:content/loaders' {
  import type { StepBody } from '../i18n/markdownTree';
  import type { LocaleContent } from './content/contentPlugin';

  const loaders: Record<string, () => Promise<{ default: LocaleContent<StepBody> }>>;
  export default loaders;
}

declare module 'virtual:content/agent-loaders' {
  import type { AgentContent } from './content/contentPlugin';

  const loaders: Record<string, () => Promise<{ default: AgentContent }>>;
  export default loaders;
}

declare module 'virtual:content/finder-loaders' {
  import type { FinderData } from '../../flows/finder';

  const loaders: Record<string, () => Promise<{ default: FinderData }>>;
  export default loaders;
}

declare module 'virtual:content/trigger' {
  const labels: Record<string, string>;
  export default labels;
}

declare module 'virtual:content/taglines' {
  const taglines: Record<string, string>;
  export default taglines;
}

declare module 'virtual:content/*' {
  import type { StepBody } from '../i18n/markdownTree';
  import type { LocaleContent } from './content/contentPlugin';

  const content: LocaleContent<StepBody>;
  export default content;
}

/** The package version, set at build time (vite.config.ts). */
declare const APP_VERSION: string;

/** The configurations in public/orgs/, read at build time (src/build/orgList.ts). */
declare const ORG_LIST: { id: string; name: string }[];
/** Their ids alone, for the standalone page's `?org=`. */
declare const ORG_IDS: string[];
/** File name → digest of each of them the validator accepted at build time (checkedConfigs.ts). */
declare const CHECKED_CONFIGS: Record<string, string>;
