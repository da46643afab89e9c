/**
 * Phrases as a tree of their folded words (`foldWord`): a phrase of the text
 * is looked up one word at a time, one map lookup per word, without building
 * its key. A node stands for the phrase of the words on its path.
 */
export class WordTree {
  /** The nodes one word further, by that word; made by the first `child`. */
  private next: Map<string, WordTree> | undefined = undefined;
  /** A phrase of the tree ends here. */
  isPhrase = false;

  /** The node of this phrase continued by the folded word `key`, if the tree holds it. */
  get(key: string): WordTree | undefined {
    return this.next?.get(key);
  }

  /** No node continues this one, so no phrase of the tree continues this node's. */
  get isLeaf(): boolean {
    return this.next === undefined;
  }

  /** The node of this phrase continued by the folded word `key`, made if need be. */
  child(key: string): WordTree {
    this.next ??= new Map();
    let node = this.next.get(key);
    if (!node) this.next.set(key, (node = new WordTree()));
    return node;
  }

  /** Adds the phrase of these folded words (after this node's). */
  add(keys: Iterable<string>): void {
    let node: WordTree = this;
    for (const key of keys) node = node.child(key);
    node.isPhrase = true;
  }
}
