// Types of faults-core.mjs, for `.storybook/fault-server.ts`.
export declare const MEDIA_TYPES: Readonly<Record<string, string>> & { readonly '.m3u8': string };
export declare function parseRange(
  header: string | undefined | null,
  size: number,
): { status: 200 } | { status: 206; start: number; end: number } | { status: 416 };
export declare const LIVE_SEGMENT_SECONDS: number;
export declare const LIVE_SEGMENT_FILES: number;
export declare const LIVE_MEDIA_DIR: string;
export declare function livePlaylist(options: { started: number; now?: number; windowSize?: number }): string;
export declare function liveRoute(
  pathname: string,
  window?: unknown,
): { kind: 'playlist'; key: string; windowSize: number } | { kind: 'file'; key: string; file: string } | null;
export declare function liveStreams(): {
  playlist(key: string, windowSize?: number, now?: number): string;
};
