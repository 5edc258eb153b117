import { sweepAgentSteps } from '../../support/agentSweep';

// This language's own agent wording on every step, axe on a quarter of them (agentSweep.tsx axeHere).
sweepAgentSteps('es', { axe: true });
