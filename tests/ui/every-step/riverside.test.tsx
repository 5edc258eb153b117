import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('riverside');
