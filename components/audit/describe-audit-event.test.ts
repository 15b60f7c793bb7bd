import { describe, expect, it } from "vitest";
import {
  describeAction,
  describeActor,
  describeChanges,
  formatAuditTime,
  formatValue,
  truncate,
} from "./describe-audit-event";

const ANA = "0b6f7d7e-5f8a-4d61-9a51-3f1f0f4f5a10";

describe("describeAction", () => {
  it("words known actions as a newsroom would say them", () => {
    expect(describeAction("claim.set-verdict", {})).toBe("set verdict");
    expect(describeAction("claim.link-source", {})).toBe("linked source");
  });

  it("tells an unassignment from an assignment", () => {
    expect(describeAction("claim.assign", { assigneeId: ANA })).toBe("assigned claim");
    expect(describeAction("claim.assign", { assigneeId: null })).toBe("unassigned claim");
  });

  it("still reads an action it does not know as words", () => {
    expect(describeAction("claim.split-in-two", null)).toBe("split in two claim");
  });
});

describe("describeChanges", () => {
  const namesById = { [ANA]: "Ana Ruiz" };

  it("shows before and after of each changed field, with people by name", () => {
    expect(
      describeChanges({ verdict: "pending", assigneeId: null }, { verdict: "disputed", assigneeId: ANA }, { namesById }),
    ).toEqual([
      { field: "verdict", before: "pending", after: "disputed" },
      { field: "assignee", before: "nobody", after: "Ana Ruiz" },
    ]);
  });

  it("shows one side for creations and removals and hides internal ids", () => {
    expect(describeChanges(null, { title: "Annual report", sourceId: ANA }, { namesById })).toEqual([
      { field: "source", after: "Annual report" },
    ]);
    expect(describeChanges({ exact: "owns 15%" }, null, { namesById })).toEqual([{ field: "quote", before: "owns 15%" }]);
  });

  it("does not repeat a rationale that is already the reason", () => {
    const changes = describeChanges(
      { verdict: "pending", rationale: null },
      { verdict: "disputed", rationale: "15% is not a majority." },
      { namesById, reason: "15% is not a majority." },
    );
    expect(changes.map((change) => change.field)).toEqual(["verdict"]);
  });
});

describe("formatValue and friends", () => {
  it("makes dates readable, in UTC", () => {
    expect(formatValue("publishedAt", "2019-04-12T00:00:00.000Z", {})).toBe("12 Apr 2019, 00:00 UTC");
    expect(formatAuditTime(new Date("2026-11-27T05:48:09.120Z"))).toBe("27 Nov 2026, 05:48:09");
  });

  it("shortens long text on one line", () => {
    expect(truncate("a  b\n\nc")).toBe("a b c");
    expect(truncate("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("names the actor, the system, or the token", () => {
    expect(describeActor({ actorName: "Ana Ruiz", actorLabel: "ana@x.test" })).toBe("Ana Ruiz");
    expect(describeActor({ actorName: "Ana Ruiz", actorLabel: "ana@x.test (API token cms)" })).toBe("Ana Ruiz (API token)");
    expect(describeActor({ actorName: null, actorLabel: "system" })).toBe("System");
  });
});
