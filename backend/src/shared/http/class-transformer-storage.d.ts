// The runtime file behind class-transformer's own (types-only) storage declaration.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
