// The start-up floor of the pre-commit case: a Node process that only loads
// the parser every remark-based linter needs, and does nothing else.
await import('unified');
await import('remark-parse');
// One line, so the bench can tell a run that loaded them from one that crashed.
console.log('imported unified and remark-parse');
