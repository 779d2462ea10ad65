import { PolicyPack } from '@pulumi/policy';
import { reefAMaticPolicies } from './pack';

// Constructing the pack starts the analyzer server, so this file is only loaded by the Pulumi CLI.
new PolicyPack('reef-a-matic', { enforcementLevel: 'mandatory', policies: reefAMaticPolicies() });
