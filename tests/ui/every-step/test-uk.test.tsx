import { loadPhoneLibrary } from '../../../flows/checks/phoneLoader';
import { sweepEveryStep } from '../../support/everyStep';

// As mount() does for an organization outside North America.
loadPhoneLibrary();
sweepEveryStep('test-uk');
