import type { PresenceBeat, Viewer } from "./live-messages";

/** How long a page counts as present after its last heartbeat (pages beat every 10 s). */
export const PRESENCE_TTL_MS = 25_000;

/**
 * Who has which article open, built from the heartbeats every instance hears
 * (docs/decisions/019-presence.md). Each instance keeps its own board; all are
 * fed the same NOTIFYs, so they agree within one heartbeat.
 */
export class PresenceBoard {
  private readonly tabs = new Map<string, PresenceBeat & { expiresAt: number }>();
  // The last beat heard from each tab, kept as long as a beat lives (also after a
  // goodbye): a "here" sent before the goodbye but heard after it is ignored.
  private readonly lastHeard = new Map<string, { seq: number; expiresAt: number }>();

  /** Records a beat; returns the articles whose viewers changed (two when a tab moved), none for a stale beat. */
  record(beat: PresenceBeat, now: number): string[] {
    const heard = this.lastHeard.get(beat.tabId);
    if (heard && beat.seq < heard.seq) return [];
    this.lastHeard.set(beat.tabId, { seq: beat.seq, expiresAt: now + PRESENCE_TTL_MS });
    const previous = this.tabs.get(beat.tabId);
    if (beat.isHere) this.tabs.set(beat.tabId, { ...beat, expiresAt: now + PRESENCE_TTL_MS });
    else this.tabs.delete(beat.tabId);
    return previous && previous.articleId !== beat.articleId ? [previous.articleId, beat.articleId] : [beat.articleId];
  }

  /** Drops expired tabs; returns the articles that lost a viewer. */
  expire(now: number): string[] {
    const changed = new Set<string>();
    for (const [tabId, heard] of this.lastHeard) if (heard.expiresAt <= now) this.lastHeard.delete(tabId);
    for (const [tabId, tab] of this.tabs) {
      if (tab.expiresAt <= now) {
        this.tabs.delete(tabId);
        changed.add(tab.articleId);
      }
    }
    return [...changed];
  }

  viewersOf(articleId: string): Viewer[] {
    return [...this.tabs.values()]
      .filter((tab) => tab.articleId === articleId)
      .map(({ tabId, userId, name, claimId, isEditing }) => ({ tabId, userId, name, claimId, isEditing }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.tabId.localeCompare(b.tabId));
  }

  articles(): string[] {
    return [...new Set([...this.tabs.values()].map((tab) => tab.articleId))];
  }
}
