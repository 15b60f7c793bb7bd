// EXPLAIN (format json) plans as a flat list of nodes, for the plan tests.

export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};

/** Every node of a plan, the root first. */
export function flattenPlan(root: PlanNode): PlanNode[] {
  return [root, ...(root.Plans ?? []).flatMap(flattenPlan)];
}

export const sortNodes = (nodes: PlanNode[]) => nodes.filter((node) => /Sort/.test(node["Node Type"]));
