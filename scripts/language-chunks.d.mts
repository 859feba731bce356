import type { Plugin } from 'vite';
export declare function languageChunks(root: string): Plugin;
