import type { Policies, ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';
import { RESOURCE_RULES, STACK_RULES } from './rules';

/** The rules of `rules.ts` as `@pulumi/policy` policies, all mandatory. */
export function reefAMaticPolicies(): Policies {
  const perResource: ResourceValidationPolicy[] = RESOURCE_RULES.map((rule) => ({
    name: rule.name,
    description: rule.description,
    enforcementLevel: 'mandatory',
    validateResource: (args, reportViolation) => {
      for (const message of rule.check({ type: args.type, urn: args.urn, props: args.props })) reportViolation(message);
    },
  }));
  const perStack: StackValidationPolicy[] = STACK_RULES.map((rule) => ({
    name: rule.name,
    description: rule.description,
    enforcementLevel: 'mandatory',
    validateStack: (args, reportViolation) => {
      for (const violation of rule.check(args.resources)) reportViolation(violation.message, violation.urn);
    },
  }));
  return [...perResource, ...perStack];
}
