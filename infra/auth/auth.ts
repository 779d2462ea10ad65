import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { IDENTITY_TRIGGERS, type FunctionName } from '../../backend/src/catalogue';
import { envName } from '../naming';
import { moduleTags } from '../tags';
import { mailDomainArn } from './mail-domain';

export interface AuthArgs {
  readonly environment: string;
  readonly region: string;
  readonly accountId: pulumi.Input<string>;
  /** The domain verification mail comes from (reefamatic.com); the bootstrap stack verifies it in SES. */
  readonly mailDomain: string;
  readonly triggers: Readonly<Partial<Record<FunctionName, aws.lambda.Function>>>;
  /** Refuse to delete the pool (prod). */
  readonly deletionProtection: boolean;
}

/** The sign-up plan choice (trial, basic, pro) travels as this custom attribute. */
export const PLAN_ATTRIBUTE = 'plan';

export const SENDER_NAME = 'Reef.A.Matic';

/** `Reef.A.Matic <no-reply@reefamatic.com>` */
export function senderAddress(mailDomain: string): string {
  return `${SENDER_NAME} <no-reply@${mailDomain}>`;
}

/** The Cognito user pool (email sign-in, plan attribute, catalogue triggers) and the SPA's public client. */
export class Auth extends pulumi.ComponentResource {
  readonly userPoolId: pulumi.Output<string>;
  readonly userPoolArn: pulumi.Output<string>;
  readonly clientId: pulumi.Output<string>;
  /** The verified SES identity mail is sent from (Cognito's and the app's own mails). */
  readonly mailIdentityArn: pulumi.Output<string>;

  constructor(name: string, args: AuthArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:identity:Auth', name, {}, opts);
    const trigger = (fn: FunctionName) => {
      const resource = args.triggers[fn];
      if (!resource) throw new Error(`Identity trigger ${fn} was not deployed`);
      return resource;
    };
    // The identity is account-wide, made once by the bootstrap stack, so either stack can deploy first.
    const sourceArn = mailDomainArn(args.mailDomain, args.region, args.accountId);
    const pool = new aws.cognito.UserPool(
      name,
      {
        name: envName(args.environment, 'user-pool'),
        usernameAttributes: ['email'],
        autoVerifiedAttributes: ['email'],
        // A changed email takes effect only once its code is verified; until then the old one signs in.
        userAttributeUpdateSettings: { attributesRequireVerificationBeforeUpdate: ['email'] },
        usernameConfiguration: { caseSensitive: false },
        passwordPolicy: {
          minimumLength: 10,
          requireLowercase: true,
          requireUppercase: true,
          requireNumbers: true,
          requireSymbols: false,
          temporaryPasswordValidityDays: 7,
        },
        accountRecoverySetting: { recoveryMechanisms: [{ name: 'verified_email', priority: 1 }] },
        schemas: [
          {
            name: PLAN_ATTRIBUTE,
            attributeDataType: 'String',
            mutable: true,
            required: false,
            developerOnlyAttribute: false,
            stringAttributeConstraints: { minLength: '1', maxLength: '16' },
          },
        ],
        lambdaConfig: {
          preSignUp: trigger(IDENTITY_TRIGGERS.preSignUp).arn,
          postConfirmation: trigger(IDENTITY_TRIGGERS.postConfirmation).arn,
        },
        emailConfiguration: {
          emailSendingAccount: 'DEVELOPER',
          sourceArn,
          fromEmailAddress: senderAddress(args.mailDomain),
        },
        deletionProtection: args.deletionProtection ? 'ACTIVE' : 'INACTIVE',
        tags: moduleTags('account'),
      },
      { parent: this, protect: args.deletionProtection },
    );
    for (const fn of Object.values(IDENTITY_TRIGGERS)) {
      new aws.lambda.Permission(
        `${name}-${fn}-permission`,
        {
          action: 'lambda:InvokeFunction',
          function: trigger(fn).name,
          principal: 'cognito-idp.amazonaws.com',
          sourceArn: pool.arn,
        },
        { parent: this },
      );
    }
    const client = new aws.cognito.UserPoolClient(
      `${name}-client`,
      {
        name: envName(args.environment, 'client'),
        userPoolId: pool.id,
        generateSecret: false,
        // The SPA signs in with USER_PASSWORD_AUTH and refreshes (ADR 0019); nothing uses SRP.
        explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        preventUserExistenceErrors: 'ENABLED',
        enableTokenRevocation: true,
        accessTokenValidity: 60,
        idTokenValidity: 60,
        refreshTokenValidity: 30,
        tokenValidityUnits: { accessToken: 'minutes', idToken: 'minutes', refreshToken: 'days' },
        readAttributes: ['email', 'email_verified', `custom:${PLAN_ATTRIBUTE}`],
        writeAttributes: ['email', `custom:${PLAN_ATTRIBUTE}`],
      },
      { parent: this },
    );
    this.userPoolId = pool.id;
    this.userPoolArn = pool.arn;
    this.mailIdentityArn = pulumi.output(sourceArn);
    this.clientId = client.id;
    this.registerOutputs({ userPoolId: this.userPoolId, clientId: this.clientId });
  }
}
