/** Types for lib/serving/security-headers.mjs (plain JavaScript so that next.config.mjs can import it). */
export declare const contentSecurityPolicy: string;
export declare const imageContentSecurityPolicy: string;
export declare const securityHeaders: readonly { readonly key: string; readonly value: string }[];
export declare const developmentContentSecurityPolicy: string;
export declare const developmentSecurityHeaders: readonly { readonly key: string; readonly value: string }[];
export declare function contentSecurityPolicyWith(options?: {
  readonly frameSources?: readonly string[];
  readonly development?: boolean;
}): string;
