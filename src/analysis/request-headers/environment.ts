/** Kept for importers of the former location: the decision lives in `../environment`. */
export { decideEnvironment as fileEnvironment, type Environment, type EnvironmentDecision as FileEnvironment } from '../environment';
