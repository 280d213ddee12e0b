declare module 'video.js/dist/alt/video.core.js' {
  const videojs: unknown;
  export default videojs;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
