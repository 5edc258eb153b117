export {
  createFinder,
  type Finder,
  type FinderData,
  type FindOptions,
  type Match,
  type Situation,
} from './finder';
export { MAX_INPUT, normalize, words } from './normalize';
export { trailTo, trailToFirst } from './route';
export { looksLikeSecret } from './secret';
