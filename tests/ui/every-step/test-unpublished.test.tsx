import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('test-unpublished');
