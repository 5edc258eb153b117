import { sweepLocale } from '../../support/localeSweep';

sweepLocale('en-XA');
