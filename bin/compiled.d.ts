// Types of compiled.js (plain JavaScript: bin/parallax.js runs it before anything is compiled).
export function compiledIsCurrent(): boolean;
