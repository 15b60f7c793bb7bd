// Imported first by the scripts that lint or spot, so they run the way the server does (instrumentation.ts).
import { compileRegExpsAhead } from "@/lib/server/regexp-engine";

compileRegExpsAhead();
