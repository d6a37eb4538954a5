import type { PackProblem, PackV1 } from './types';

export interface PackValidation {
  /** The pack, typed, when there is no problem. */
  pack?: PackV1;
  problems: PackProblem[];
}

/** Checks untrusted JSON against pack format v1 (implementation pending). */
export function validatePack(_json: unknown): PackValidation {
  throw new Error('not implemented');
}
