// Collects every uncaught error and every console warning on the page, from before the library
// loads, so the test can prove there were no errors and exactly the warnings it expects.
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
window.pageWarnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.pageWarnings.push(args.map(String).join(' '));
  warn(...args);
};
