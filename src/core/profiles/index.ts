import type { Profile } from './types';
import { vnNews } from './vn-news';
import { vnPressRelease } from './vn-press-release';
import { enPressRelease } from './en-press-release';

export const profiles: Readonly<Record<Profile['id'], Profile>> = {
  'vn-news': vnNews,
  'vn-press-release': vnPressRelease,
  'en-press-release': enPressRelease,
};

export const DEFAULT_PROFILE: Profile['id'] = 'vn-news';

export function isProfileId(value: unknown): value is Profile['id'] {
  return typeof value === 'string' && Object.hasOwn(profiles, value);
}

/** The document's own profile when it names a known one, else the fallback, else `vn-news`. */
export function resolveProfile(declared: string | undefined, fallback?: string): Profile {
  if (isProfileId(declared)) return profiles[declared];
  if (isProfileId(fallback)) return profiles[fallback];
  return profiles[DEFAULT_PROFILE];
}

/** Front matter keys every profile knows. */
export const COMMON_FRONT_MATTER_KEYS = ['profile', 'title', 'date', 'author', 'unit', 'category', 'tags', 'source', 'lang'] as const;
