import { sweepAgentSteps } from '../../support/agentSweep';

sweepAgentSteps('en', { axe: true });
