/** The codemod's programmatic API; filled in by the codemod runner. */
export {};
