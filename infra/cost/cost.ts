import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { ENVIRONMENT_TAG, MODULE_TAG } from '../tags';

/**
 * Activates the cost tags in Cost Explorer, which is what lets the admin cost view filter by environment
 * and group by module. Activation is account-wide, so only one stack owns it.
 */
export class CostAllocation extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('ram:cost:AllocationTags', name, {}, opts);
    for (const tagKey of [ENVIRONMENT_TAG, MODULE_TAG]) {
      new aws.costexplorer.CostAllocationTag(`${name}-${tagKey.toLowerCase()}`, { tagKey, status: 'Active' }, { parent: this });
    }
    this.registerOutputs({});
  }
}
