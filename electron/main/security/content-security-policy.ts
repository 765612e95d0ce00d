/**
 * Builds the Content-Security-Policy sent with every renderer response. In production the
 * page may load only its own bundled scripts, styles, fonts and images; nothing inline
 * (scripts or styles), no eval, no plugins, no frames, no remote connections, no form
 * posts. The dev server variant additionally allows what Vite's hot reload needs: its
 * inline React-refresh preamble, injected `<style>` tags and its websocket.
 */
export function buildContentSecurityPolicy(options: { devServerOrigin?: string | null } = {}): string {
  const dev = options.devServerOrigin ?? null;
  const websocket = dev ? dev.replace(/^http/, 'ws') : null;
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    ['style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(websocket ? [websocket] : [])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
