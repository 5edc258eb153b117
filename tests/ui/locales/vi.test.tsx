import { sweepLocale } from '../../support/localeSweep';

sweepLocale('vi');
