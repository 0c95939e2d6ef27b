// ESM jest: ts-jest compiles TypeScript as ES modules; run with NODE_OPTIONS=--experimental-vm-modules.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Fixtures hold package.json files (some broken on purpose) that jest's module map must not read.
  modulePathIgnorePatterns: ['<rootDir>/__tests__/fixtures/'],
  testTimeout: 120000,
};
