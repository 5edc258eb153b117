import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('test-canada');
