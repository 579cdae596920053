/**
 * The methods each route answers, so that a request for a known path with another method is a 405 with
 * `Allow` rather than a 404. Wildcard routes (the web app's `/*`, Swagger UI's assets) are left out: every path
 * would match them, and an unknown API path must stay a 404.
 */
export class RouteTable {
  private readonly routes = new Map<string, { readonly segments: readonly string[]; methods: Set<string> }>();

  add(method: string | readonly string[], url: string): void {
    if (url.includes('*')) return;
    const entry = this.routes.get(url) ?? { segments: url.split('/'), methods: new Set<string>() };
    for (const m of typeof method === 'string' ? [method] : method) entry.methods.add(m.toUpperCase());
    if (entry.methods.has('GET')) entry.methods.add('HEAD');
    this.routes.set(url, entry);
  }

  /** The methods of the routes matching `path` (sorted), or an empty list when no route matches it. */
  methodsFor(path: string): string[] {
    const segments = path.split('/');
    const methods = new Set<string>();
    for (const route of this.routes.values()) {
      if (route.segments.length !== segments.length) continue;
      const matches = route.segments.every((s, i) =>
        s.startsWith(':') ? (segments[i] ?? '') !== '' : s === segments[i],
      );
      if (matches) for (const m of route.methods) methods.add(m);
    }
    return [...methods].sort();
  }
}
