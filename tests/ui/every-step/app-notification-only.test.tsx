import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('app notification only', ['twoStep']);
