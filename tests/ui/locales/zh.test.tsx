import { sweepLocale } from '../../support/localeSweep';

sweepLocale('zh');
