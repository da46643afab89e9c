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
