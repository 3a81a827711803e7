// ESM mode: NestJS 12 ships as ES modules, so Jest runs with --experimental-vm-modules.
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // isolatedModules:false makes ts-jest compile with the whole program, as tsc does for
  // `npm run build`; with it on, ts-jest transpiles file by file and emits different
  // design:paramtypes (Object where tsc writes Number), so tests and dist/ drifted apart.
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      // 151002: ts-jest's notice that NodeNext wants isolatedModules; tsc builds it this way too.
      { useESM: true, tsconfig: 'tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
  testEnvironment: 'node',
  testTimeout: 30_000,
};

const e2e = (displayName, dialect) => ({
  ...common,
  displayName,
  rootDir: '.',
  testRegex: 'test/.*\\.e2e-spec\\.ts$',
  setupFiles: ['<rootDir>/test/setup/dialect-' + dialect + '.ts'],
});

// The compiled service (dist/main.js) driven over HTTP, on the same dialects.
const acceptance = (displayName, dialect) => ({
  ...common,
  displayName,
  rootDir: '.',
  testRegex: 'test/acceptance/.*\\.acceptance-spec\\.ts$',
  setupFiles: ['<rootDir>/test/setup/dialect-' + dialect + '.ts'],
  testTimeout: 120_000,
});

// The e2e suite runs on SQLite always, and again on PostgreSQL when TEST_DATABASE_URL is set.
export default {
  ...common,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', rootDir: 'src', testRegex: '\\.spec\\.ts$' },
    e2e('e2e', 'sqlite'),
    ...(process.env.TEST_DATABASE_URL ? [e2e('e2e-pg', 'postgres')] : []),
    acceptance('acceptance', 'sqlite'),
    ...(process.env.TEST_DATABASE_URL ? [acceptance('acceptance-pg', 'postgres')] : []),
  ],
};
