// Lint: TypeScript rules plus Nx module boundaries. The constraints below are the point: a
// service may use only its own scope and the shared scope, and libraries may only depend
// "downwards" (feature → data-access → util/contracts). tools/lint/module-boundaries.spec.ts
// proves that a cross-service import fails this lint.
import nx from '@nx/eslint-plugin';

const services = ['gateway', 'leerlingenadministratie', 'verzuim', 'verlof-vrijstelling', 'handhaving', 'doorstroompunt', 'ketenpartner-signalen'];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.stack/**', '.nx/**', 'coverage/**', '**/__snapshots__/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...services.map((service) => ({ sourceTag: `scope:${service}`, onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared'] })),
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tools/**/*.js', 'tools/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
