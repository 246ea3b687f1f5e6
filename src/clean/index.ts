export { createCleaner, type CleanerOptions } from './cleaner.ts';
export { extractDateline } from './dateline.ts';
export { withAsciiDigits } from './digits.ts';
export { findAgencies, normaliseAgency } from './agencies.ts';
export { icuMonthNames } from './icu-months.ts';
export { detectLanguage } from './language.ts';
export { NO_TEMPLATES, type TemplateLookup } from './templates.ts';
export { countWords, hasUnspacedScript, unspacedPieces } from './text-features.ts';
export { unpinned } from './unpinned.ts';
