// The Content-Security-Policy of every page (proxy.ts sets it per request).
// Scripts run only from this origin or with the request's nonce, which Next
// puts on its own inline bootstrap scripts (it reads the nonce from the
// request's CSP header); 'strict-dynamic' lets those load the chunks they need.
// Styles allow inline attributes: React's style={…} props need them, and style
// injection is not script execution. Nothing is loaded from another origin.

export function buildContentSecurityPolicy(nonce: string, options: { isDevelopment: boolean }): string {
  const scriptSources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  // React's development build evaluates code for its error overlays and stacks.
  if (options.isDevelopment) scriptSources.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS only when the page came over https (directly or through a proxy that says so). */
export function shouldSendHsts(requestUrl: URL, forwardedProto: string | null): boolean {
  const protocol = forwardedProto?.split(",")[0]?.trim().toLowerCase() ?? requestUrl.protocol.replace(":", "");
  return protocol === "https";
}
