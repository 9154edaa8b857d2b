import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-e2e/',
			'.svelte-kit-e2e/',
			'sync-data/',
			'playwright-report/',
			'.svelte-kit/',
			'bench/floor/',
			'bench/tmp/',
			'audit/',
			'src/lib/paraglide/',
			'node_modules/',
			'test-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-empty': ['error', { allowEmptyCatch: false }],
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// db/ owns the database: everything else reads and writes through its named functions.
		// Before the layer blocks below, whose own (stricter) patterns replace this one there.
		files: ['src/**'],
		ignores: ['src/lib/db/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/db/db', '$lib/db/db.*', '**/db/db', '**/db/db.*'],
							message:
								'Only src/lib/db/ imports the database singleton: use a named read or write from db/ (reads.ts, …).'
						}
					]
				}
			]
		}
	},
	{
		// The layers (CONVENTIONS.md): the model is pure, domain and pdf rules never reach the database.
		files: ['src/lib/model/**', 'src/lib/domain/**', 'src/lib/pdf/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/db', '$lib/db/*', '**/db/*', 'dexie', 'svelte', 'svelte/*', '$app/*'],
							message:
								'model/, domain/ and pdf/ are pure: import $lib/model, never db/, Dexie or Svelte.'
						},
						{
							group: ['$lib/components', '$lib/components/*', '**/components/*'],
							message: 'model/, domain/ and pdf/ never import UI code: labels come from $lib/i18n.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/*', '!$lib/model', '!$lib/model/*', 'dexie', 'svelte', 'svelte/*'],
							message:
								'The model imports nothing of the app: it is the vocabulary every layer builds on.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
