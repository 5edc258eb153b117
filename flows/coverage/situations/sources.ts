// Where each situation comes from: the source document's paragraphs, and real health systems' help pages.
export const seed = {
  access: 'seed: What MyChart is and who can get access',
  prepare: 'seed: Preparing credentials and information before signing in',
  signIn: 'seed: Typical step-by-step sign-in process',
  issues1: 'seed: Common sign-in issues and pragmatic troubleshooting (password and username)',
  issues2: 'seed: Common sign-in issues and pragmatic troubleshooting (two-factor and app)',
  recovery: 'seed: Account recovery channels and what to expect',
  security: 'seed: Security and privacy considerations when signing in',
  accessibility: 'seed: Security and privacy considerations (accessibility paragraph)',
  device: 'seed: Mobile app versus desktop web portal: practical differences (and its table)',
  tradeOffs: 'seed: Access trade-offs and support constraints',
  next1: 'seed: Next steps and where to find official help (first paragraph)',
  next2: 'seed: Next steps and where to find official help (second paragraph)',
} as const;

export const web = {
  cleveland: 'https://my.clevelandclinic.org/resources/mychart-login-and-activation-issues',
  dundas: 'https://www.dundasmanor.ca/myChart',
  salem: 'https://www.salemhealth.org/services/family-medicine/mychart-help',
  ucsd: 'https://mychart.ucsd.edu/ucsd/default.asp?mode=stdfile&option=faq',
  memorial: 'https://www.mhs.net/memorial-mychart/how-to-create-a-memorial-mychart-account',
  cuyuna: 'https://www.cuyunamed.org/knowledge-hub/mychart-proxy-access/',
  austinRegional:
    'https://www.austinregionalclinic.com/patient-guide/mychart-tips/confirm-caregiver-proxy-access-prior-to-viewing-a-loved-ones-record',
  uwMedicine: 'https://www.uwmedicine.org/mychart/two-step-verification',
  selfRegional: 'https://selfregional.org/mychart/mychart-two-step-verification',
  vcu: 'https://www.vcuhealth.org/mychart/help-center/proxy-access',
  childrens:
    'https://www.childrens.com/patient-families/parent-resources/mychart-guide/mychart-mobile-app-faqs',
  centraState: 'https://www.centrastate.com/mychart-proxy-access/',
  ballad: 'https://mychart.balladhealth.org/mychart/?mode=stdfile&option=faq',
  epicCentral: 'https://preview.mychart.org/l/en-us/help/mychart-central-two-factor/',
  fairview: 'https://www.mhealthfairview.org/resources/mychart/mychart-proxy',
} as const;
