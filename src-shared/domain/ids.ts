/**
 * Branded identifiers. A brand stops a juror id from being passed where an
 * application id is expected; at runtime they are plain strings.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type RoundId = Brand<string, 'RoundId'>;
export type ApplicationId = Brand<string, 'ApplicationId'>;
export type JurorId = Brand<string, 'JurorId'>;
export type PhaseId = Brand<string, 'PhaseId'>;
export type CriterionKey = Brand<string, 'CriterionKey'>;
