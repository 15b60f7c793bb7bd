// Compile every regular expression straight to machine code (V8's --no-regexp-tier-up).
//
// Why: V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code only once it
// has run a while ("tier-up"). The consistency rules and the spotter are hundreds of expressions run over every
// sentence, and in a process that has already linted and spotted a lot (a server after a day of copy, or bench:lint
// after its corpus) they were found running interpreted: linting 10,000 words took 146–190 ms instead of 74–78, and
// spotting 89–92 ms instead of 28–29 (decision 039). With tier-up off each expression is compiled once, up front.
// It cannot live in the rule modules themselves: lintClaim also runs in the browser (warning-override-field.tsx).
import { setFlagsFromString } from "node:v8";

export function compileRegExpsAhead(): void {
  setFlagsFromString("--no-regexp-tier-up");
}
