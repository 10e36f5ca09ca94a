// The glossary: schema, loading (cached per path), matching English and Chinese forms,
// near-miss candidates, name validity by date and who held an office on a date. The only entry other folders import.
export * from './schema.js';
export { loadGlossary, readGlossaryText, parseGlossary, glossaryFromData, glossaryTextProblems, defaultGlossaryPath, type Glossary } from './load.js';
export { validateGlossaryData, describeProblem, correctForms, type GlossaryProblem, type GlossaryValidation } from './validate.js';
export { formKey, lettersKey } from './normalize-form.js';
export { findEnglishTerms, englishForms, englishFormsRegExp, type FormHit, type FormRole, type TermMatch } from './match-english.js';
export { findChineseTerms, type ChineseTermMatch } from './match-chinese.js';
export { nearMissCandidates, spellingSimilarity, type NearMiss, type NearMissMethod, type NearMissOptions } from './near-miss.js';
export { nameValidity, garbleApplies, type NameValidity, type GarbleContextInput } from './validity.js';
export { inOffice, officesHeld, officeHolders, type OfficeHolder } from './offices.js';
