import { sweepLocale } from '../../support/localeSweep';

sweepLocale('ar');
