import { sweepEveryStep } from '../../support/everyStep';

sweepEveryStep('no activation codes', ['newAccount']);
