import type { PostEntry } from "../../../shared/contracts/model-posts.contract";

/**
 * The days an entry may carry (POST-06): from the post's start to the end of its year, never after
 * today; null when there is none yet (a post that starts later).
 */
export function entryDateBounds(post: { year: number; startedOn: string; endedOn: string | null }, today: string): { first: string; last: string } | null {
  if (post.endedOn) return null;
  const yearEnd = `${post.year}-12-31`;
  const last = today < yearEnd ? today : yearEnd;
  return post.startedOn <= last ? { first: post.startedOn, last } : null;
}

/** The record as a timeline: newest first, each entry under its month ("2026年9月"), the month shown once. */
export function entryTimeline(entries: readonly PostEntry[]): { entry: PostEntry; month: string | null }[] {
  let previous = "";
  return entries.map((entry) => {
    const [year, month] = entry.occurredOn.split("-");
    const label = `${year}年${Number(month)}月`;
    const isNew = label !== previous;
    previous = label;
    return { entry, month: isNew ? label : null };
  });
}
