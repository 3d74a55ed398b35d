export declare const SERVER_ENTRY: 'server/entry.mjs';
