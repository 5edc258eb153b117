import { everyScenarioByEar } from './everyScenario';

everyScenarioByEar(2, 2);
