export declare const entries: Record<string, string>;
