// `?depth=1` on the handout (/tours/<id>/print) prints each stop's in-depth text too.

/** The parameter's name and the one value that turns it on. */
export const DEPTH_PARAM = 'depth';
const ON = '1';

/** Only exactly `1` includes the in-depth texts; absent, `0`, `true` or anything else leaves them out. */
export function includesDepth(param: string | undefined): boolean {
  return param === ON;
}

/** The handout's address with or without the in-depth texts, keeping its other parameters. */
export function handoutUrl(tourId: string, languages: string | undefined, depth: boolean): string {
  const query = new URLSearchParams();
  if (languages) query.set('languages', languages);
  if (depth) query.set(DEPTH_PARAM, ON);
  const text = query.toString();
  return `/tours/${tourId}/print${text ? `?${text}` : ''}`;
}
