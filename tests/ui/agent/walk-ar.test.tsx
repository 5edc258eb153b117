import { sweepAgentSteps } from '../../support/agentSweep';

// Arabic has its own agent wording (right to left); axe runs on the English sweep (the markup is the same).
sweepAgentSteps('ar', { axe: false });
