// Breaks the policy on purpose, from an allowed script, to prove the policy is enforced and that
// record.js sees what it blocks: a Trusted Types sink fed a plain string, and an inline style.
try {
  document.createElement('div').innerHTML = '<b>untrusted</b>';
  window.canaryInnerHTML = 'allowed';
} catch {
  window.canaryInnerHTML = 'blocked';
}
document.body.setAttribute('style', 'color: red');
