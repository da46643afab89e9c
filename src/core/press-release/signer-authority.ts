/** Authority prefixes of Nghị định 30 (Phụ lục I): on behalf of, acting, for the head, by order, by delegation. */
export const AUTHORITIES = ['KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'];

/** `kt`, `K.T.`, `Kt.` all mean `KT.`: the authority written without its usual dots and capitals. */
export function canonicalAuthority(written: string): string {
  return `${written.replace(/[.\s]/gu, '').toUpperCase()}.`;
}

/** Acting heads sign "Q. GIÁM ĐỐC" with no second title line; every other authority prints the signer's own title. */
export function printsSignerTitle(authority: string): boolean {
  return canonicalAuthority(authority) !== 'Q.';
}

const DEPUTY_TITLE = /^phó\s+/iu;

/** Titles compare as a reader sees them: case and spacing do not count. */
export function sameTitle(first: string, second: string): boolean {
  const normalize = (title: string) => title.toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  return normalize(first) === normalize(second);
}

/** The title a deputy's title is the deputy of (`Phó Chủ tịch` → `Chủ tịch`), or undefined for another title: a deputy always signs for a head. */
export function deputyOf(title: string): string | undefined {
  const deputy = DEPUTY_TITLE.exec(title);
  return deputy ? title.slice(deputy[0].length) : undefined;
}
