import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('text only', ['twoStep']);
