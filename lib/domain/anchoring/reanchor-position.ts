// Where an old offset most likely lies in the new text: the hint re-anchoring
// uses to prefer the nearest of equally good candidates. Texts usually change
// in a few places, so the common start and end are skipped and only the middle
// is diffed word by word.
import { diffWordsWithSpace } from "diff";

// Beyond this many changed tokens the texts are too different for a diff to
// help, and it would cost O(length × edits): fall back to proportional offsets.
const MAX_EDIT_TOKENS = 2000;

export type PositionMapper = (oldOffset: number) => number;

export function createPositionMapper(oldText: string, newText: string): PositionMapper {
  const maxCommon = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < maxCommon && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < maxCommon - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) {
    tail++;
  }
  const oldMiddle = oldText.slice(head, oldText.length - tail);
  const newMiddle = newText.slice(head, newText.length - tail);
  const mapMiddle = createMiddleMapper(oldMiddle, newMiddle);
  const shift = newText.length - oldText.length;
  return (offset) => {
    if (offset <= head) return offset;
    if (tail > 0 && offset >= oldText.length - tail) return offset + shift;
    return head + mapMiddle(offset - head);
  };
}

function createMiddleMapper(oldMiddle: string, newMiddle: string): PositionMapper {
  const parts =
    oldMiddle.length > 0 && newMiddle.length > 0
      ? diffWordsWithSpace(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_TOKENS })
      : undefined;
  if (!parts) {
    const ratio = newMiddle.length / Math.max(oldMiddle.length, 1);
    return (offset) => Math.round(offset * ratio);
  }
  return (offset) => {
    let oldPos = 0;
    let newPos = 0;
    for (const part of parts) {
      const length = part.value.length;
      if (part.added) {
        newPos += length;
        continue;
      }
      if (part.removed ? offset < oldPos + length : offset <= oldPos + length) {
        return part.removed ? newPos : newPos + (offset - oldPos);
      }
      oldPos += length;
      if (!part.removed) newPos += length;
    }
    return newPos;
  };
}
