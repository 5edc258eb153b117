import { sweepLocale } from '../../support/localeSweep';

sweepLocale('es');
