import * as z from "zod";

// zod 4 compiles object parsers with `new Function`, and merely probing for that is reported
// as a violation under the site's CSP (script-src 'self', no eval). The browser therefore
// parses without the JIT. This must run before any schema is constructed, so main.tsx
// imports it first.
z.config({ jitless: true });
