import { describeAcrossStacks } from './expectations/across-stacks';
import { describeDataAndCompute } from './expectations/data-and-compute';
import { describeInterfaces } from './expectations/interfaces';
import { describeOperations } from './expectations/operations';
import { describePolicies } from './expectations/policies';
import { programFor, type StackName } from './testing/run-program';

// One file runs the program once per stack (a mocked run takes a few seconds); the expectations live next
// to each other by area in ./expectations.
describe.each<StackName>(['dev', 'prod'])('the %s stack', (env) => {
  const run = () => programFor(env);
  describeDataAndCompute(env, run);
  describeInterfaces(env, run);
  describeOperations(env, run);
  describePolicies(env, run);
});

describeAcrossStacks();
