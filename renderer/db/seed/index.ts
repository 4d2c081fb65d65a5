// The seed as one module, for scripts/seed-cases.ts (which loads it by path: Node-side code
// cannot import renderer files under the project's type-check split).
export { LoketDb } from '../database';
export { multiplyCases, type MultiplyOptions } from './multiply';
export { seedCases, type SeedOptions, type SeedReport } from './seedCases';
