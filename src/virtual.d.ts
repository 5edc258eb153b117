declare module 'virtual:content/*' {
  import type { LocaleContent } from './build/contentPlugin';

  const content: LocaleContent;
  export default content;
}
