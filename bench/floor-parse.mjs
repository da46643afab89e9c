// The "bare parse floor": read every Markdown file given (files or directories,
// recursively) and parse it with unified + remark-parse + remark-frontmatter,
// all in one process. No linter can do less work than this on the same input.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';

function* markdownFiles(target) {
  if (!statSync(target).isDirectory()) {
    yield target;
    return;
  }
  // Sorted, so every run parses in the same order.
  for (const entry of readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const entryPath = path.join(target, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(entryPath);
    else if (entry.name.endsWith('.md')) yield entryPath;
  }
}

const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: node bench/floor-parse.mjs <file-or-dir>...');
  process.exit(2);
}

// One processor for all files, as a linter would hold it.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
let fileCount = 0;
let nodeCount = 0;
for (const target of targets) {
  for (const file of markdownFiles(target)) {
    const tree = processor.parse(readFileSync(file, 'utf8'));
    // Using the tree keeps the parse observable, so no engine can skip it.
    nodeCount += tree.children.length;
    fileCount++;
  }
}
console.log(`parsed ${fileCount} files (${nodeCount} top-level nodes)`);
