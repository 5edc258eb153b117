// The portal labels' names, apart from their schema: the patient's start needs the names (every
// step's facts) but not zod, which loads only with the validator.
/** The portal labels the shipped text names; each is the placeholder `{{<key>Label}}`. */
export const PORTAL_LABEL_KEYS = [
  'forgotPassword',
  'forgotUsername',
  'sendCodeAnotherWay',
  'tryAnotherMethod',
  'trustDevice',
  'downloadRecord',
  'codeSentTo',
] as const;
export type PortalLabelKey = (typeof PORTAL_LABEL_KEYS)[number];
