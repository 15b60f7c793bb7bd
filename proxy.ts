// Next's proxy (the file convention that replaced middleware in Next 16): a
// fresh nonce and Content-Security-Policy for every page request, and HSTS when
// served over https. Next reads the nonce from the request's CSP header and puts
// it on its own scripts; pages are rendered per request (the root layout reads
// the headers), so every response carries its own nonce.
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, shouldSendHsts } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = buildContentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (shouldSendHsts(request.nextUrl, request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

export const config = {
  // Pages only: not the JSON API, static files or prefetches (which reuse the page's nonce).
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
