/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [['recommended', '✅']],
  ignoreConfig: ['all'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'options'],
  ruleDocSectionInclude: ['Examples', 'When Not To Use It', 'References'],
};
