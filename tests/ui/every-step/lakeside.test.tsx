import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('lakeside');
