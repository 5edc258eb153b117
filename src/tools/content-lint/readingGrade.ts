// The reading grade lives with the other wording rules, which the configuration validator shares.
export { plainSentences, readingGrade, syllables } from '../../../flows/config/textRules';
