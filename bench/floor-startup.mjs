// The start-up floor of the pre-commit case: a Node process that only loads
// the parser every remark-based linter needs, and does nothing else.
await import('unified');
await import('remark-parse');
