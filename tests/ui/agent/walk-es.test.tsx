import { sweepAgentSteps } from '../../support/agentSweep';

// Spanish has its own agent wording; axe runs on the English sweep (the markup is the same).
sweepAgentSteps('es', { axe: false });
