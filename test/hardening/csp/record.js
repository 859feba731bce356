// Loaded first by the strict-CSP pages, from 'self': records every CSP violation and every error
// into globals that test/hardening/csp.test.ts reads from outside the frame.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.cspViolations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    }),
  true,
);
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
