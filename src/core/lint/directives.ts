import type { Root, Nodes, Parent } from 'mdast';

const DIRECTIVE = /^<!--\s*lint\s+(disable|enable|ignore)\b([\s\S]*?)-->$/;

interface Toggle {
  offset: number;
  enabled: boolean;
  /** Rule ids, or undefined for every rule. */
  ruleIds?: Set<string>;
}

interface IgnoreRange {
  start: number;
  end: number;
  ruleIds?: Set<string>;
}

/**
 * Inline control as remark-lint does it: `<!--lint disable id-->`,
 * `<!--lint enable id-->` and `<!--lint ignore id-->` (the next node only).
 * Without ids a directive applies to every rule.
 */
export class Directives {
  private readonly toggles: Toggle[] = [];
  private readonly ignores: IgnoreRange[] = [];

  constructor(tree: Root) {
    this.collect(tree);
    this.toggles.sort((a, b) => a.offset - b.offset);
  }

  get isEmpty(): boolean {
    return this.toggles.length === 0 && this.ignores.length === 0;
  }

  /** True when messages of `ruleId` at `offset` are turned off by a directive. */
  suppresses(ruleId: string, offset: number): boolean {
    for (const ignore of this.ignores) {
      if (offset >= ignore.start && offset < ignore.end && (!ignore.ruleIds || ignore.ruleIds.has(ruleId))) return true;
    }
    let enabled = true;
    for (const toggle of this.toggles) {
      if (toggle.offset > offset) break;
      if (!toggle.ruleIds || toggle.ruleIds.has(ruleId)) enabled = toggle.enabled;
    }
    return !enabled;
  }

  private collect(parent: Parent): void {
    parent.children.forEach((child: Nodes, index) => {
      if (child.type === 'html') {
        const match = DIRECTIVE.exec(child.value.trim());
        const end = child.position?.end.offset;
        if (match && end !== undefined) this.add(match[1]!, match[2]!, end, parent, index);
      }
      if ('children' in child) this.collect(child);
    });
  }

  private add(kind: string, idList: string, end: number, parent: Parent, index: number): void {
    const ids = idList.split(/[\s,]+/).filter(Boolean);
    const ruleIds = ids.length > 0 ? new Set(ids) : undefined;
    if (kind === 'ignore') {
      const next = parent.children.slice(index + 1).find((sibling) => !(sibling.type === 'text' && sibling.value.trim() === ''));
      const nextEnd = next?.position?.end.offset ?? parent.position?.end.offset ?? end;
      this.ignores.push({ start: end, end: nextEnd, ...(ruleIds ? { ruleIds } : {}) });
      return;
    }
    this.toggles.push({ offset: end, enabled: kind === 'enable', ...(ruleIds ? { ruleIds } : {}) });
  }
}
