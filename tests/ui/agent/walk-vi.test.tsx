import { sweepAgentSteps } from '../../support/agentSweep';

// This language's own agent wording; axe runs on the English sweep (the markup is the same).
sweepAgentSteps('vi', { axe: false });
