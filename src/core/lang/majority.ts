/**
 * Which written form a text mostly uses, for the consistency rules
 * (abbreviation variants, date and range styles, zero-padding): the
 * minority forms are reported, and fixed only when the majority is clear.
 */
export interface Dominant<Form> {
  form: Form;
  /** True when the form is used strictly more often than every other one. */
  clear: boolean;
}

/**
 * The most frequent form. A tie goes to the form written first (the style the
 * writer started with) and is not clear, so no fix may rewrite the others.
 */
export function dominantForm<Form>(forms: Iterable<Form>): Dominant<Form> | undefined {
  const counts = new Map<Form, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  let dominant: Form | undefined;
  let best = 0;
  let tied = false;
  for (const [form, count] of counts) {
    if (count > best) [dominant, best, tied] = [form, count, false];
    else if (count === best) tied = true;
  }
  return dominant === undefined ? undefined : { form: dominant, clear: !tied };
}
