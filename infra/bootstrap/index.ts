import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { AccountFoundation } from './account';

// The bootstrap program: run once per AWS account (`npm run deploy:bootstrap -- --stack account`).
const config = new pulumi.Config('reef-a-matic-bootstrap');
const account = new AccountFoundation('account', {
  region: new pulumi.Config('aws').require('region'),
  accountId: aws.getCallerIdentityOutput({}).accountId,
  mailDomain: config.require('mailDomain'),
  githubRepository: config.require('githubRepository'),
  activateCostTags: config.getBoolean('activateCostTags') ?? false,
});

export const stateBucket = account.stateBucket;
export const deployRoleArn = account.deployRoleArn;
export const mailIdentityArn = account.mailIdentityArn;
