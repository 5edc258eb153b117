// The types of tldts for its prebuilt minified entry, which emailDomain.ts imports directly.
declare module 'tldts/dist/index.esm.min.js' {
  export * from 'tldts';
}
