import { sweepAgentSteps } from '../../support/agentSweep';

// This language's own agent wording, axe on every step (the wording differs in length and script).
sweepAgentSteps('es', { axe: true });
