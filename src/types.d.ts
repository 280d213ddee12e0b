declare module 'video.js/dist/alt/video.core.js' {
  const videojs: unknown;
  export default videojs;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module '*.woff?url' {
  /** The file's URL (each build copies the file beside the module that imports it). */
  const url: string;
  export default url;
}
