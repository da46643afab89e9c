import type { RuleSetting } from '../profiles/types';

/** An organization name for the language rules, with the dates it is valid. */
export interface OrganizationEntry {
  name: string;
  validFrom?: string;
  validUntil?: string;
  successor?: string;
}

/** An official in the people register, with titles and the dates they hold. */
export interface PersonEntry {
  name: string;
  titles: Array<{ title: string; from?: string; until?: string }>;
}

/** The contents of a `.govpressrc.json`, validated. */
export interface GovpressConfig {
  profile?: string;
  rules?: Record<string, RuleSetting>;
  files?: string[];
  ignores?: string[];
  organizations?: OrganizationEntry[];
  abbreviations?: string[];
  people?: PersonEntry[];
  toneStyle?: 'consistent' | 'hoà' | 'hòa';
  dateStyle?: 'consistent' | '/' | '-' | '.';
}

/** Settings the rules read beyond their own options (lists from the config). */
export interface ProjectSettings {
  organizations: OrganizationEntry[];
  abbreviations: string[];
  people: PersonEntry[];
  toneStyle: 'consistent' | 'hoà' | 'hòa';
  dateStyle: 'consistent' | '/' | '-' | '.';
}
