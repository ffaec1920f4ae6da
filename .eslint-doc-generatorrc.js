/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [['recommended', '✅']],
  // The -legacy configs are the same rule sets for ESLint 8's eslintrc; the README's Usage names them.
  ignoreConfig: ['all', 'all-legacy', 'recommended-legacy'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'options'],
  ruleDocSectionInclude: ['Examples', 'When Not To Use It', 'References'],
};
