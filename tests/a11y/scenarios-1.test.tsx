import { everyScenarioByEar } from './everyScenario';

everyScenarioByEar(1, 2);
