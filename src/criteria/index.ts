/**
 * Validated clinical criteria and calculators (issue #5): pure functions with typed input and typed result,
 * no I/O and no runtime dependencies. See docs/criteria.md.
 */
export * from './abi.js';
export * from './clti.js';
export * from './cramps.js';
export * from './fromEvidence.js';
export * from './irlssg.js';
export * from './pad-stage.js';
export * from './registry.js';
export * from './stenosis.js';
export * from './types.js';
export * from './validate.js';
export * from './wells.js';
