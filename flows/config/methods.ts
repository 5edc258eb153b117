// What each two-step method gives the person, apart from the schema (no zod): the machine's guards
// and the step facts both need it, and both load with the patient's start.

/** Every method but a security key gives a code to type; a key is touched, and gives none. */
export const givesCode = (method: string | null) => method !== 'securityKey';
