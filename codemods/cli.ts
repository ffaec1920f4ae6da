#!/usr/bin/env node
/** `cors-codemod` command line; filled in by the codemod runner. */
export {};
