// Stands in for the `server-only` marker package under vitest (Node, not React Server).
export {};
