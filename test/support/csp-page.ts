// Loaded by the frames of test/csp.test.ts, under their Content-Security-Policy: registers the
// elements in that frame and records every policy violation the frame reports.
import '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()));
(window as unknown as { violations: string[] }).violations = violations;
