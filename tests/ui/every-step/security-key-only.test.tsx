import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('security key only', ['twoStep']);
