import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export interface MailDomainArgs {
  readonly domain: string;
  readonly region: string;
}

/** DKIM always hands out three tokens, one CNAME each. */
const DKIM_TOKEN_COUNT = 3;

/**
 * The SES identity for the shared mail domain, verified through its Route 53 zone, with DKIM and a custom
 * MAIL FROM subdomain. Created children hang off `parent`; returns the verified identity's ARN.
 */
export function verifiedMailDomain(name: string, args: MailDomainArgs, parent: pulumi.Resource): pulumi.Output<string> {
  const child = { parent };
  const zone = aws.route53.getZoneOutput({ name: args.domain, privateZone: false }, child);
  const identity = new aws.ses.DomainIdentity(name, { domain: args.domain }, child);
  const verificationRecord = new aws.route53.Record(
    `${name}-verification`,
    {
      zoneId: zone.zoneId,
      name: `_amazonses.${args.domain}`,
      type: 'TXT',
      ttl: 600,
      records: [identity.verificationToken],
    },
    child,
  );
  const verified = new aws.ses.DomainIdentityVerification(
    `${name}-verified`,
    { domain: identity.id },
    { parent, dependsOn: [verificationRecord] },
  );
  const dkim = new aws.ses.DomainDkim(`${name}-dkim`, { domain: identity.domain }, child);
  for (let i = 0; i < DKIM_TOKEN_COUNT; i++) {
    const token = dkim.dkimTokens[i];
    new aws.route53.Record(
      `${name}-dkim-${i}`,
      {
        zoneId: zone.zoneId,
        name: pulumi.interpolate`${token}._domainkey.${args.domain}`,
        type: 'CNAME',
        ttl: 600,
        records: [pulumi.interpolate`${token}.dkim.amazonses.com`],
      },
      child,
    );
  }
  const mailFromDomain = `mail.${args.domain}`;
  new aws.ses.MailFrom(`${name}-mail-from`, { domain: identity.domain, mailFromDomain, behaviorOnMxFailure: 'UseDefaultValue' }, child);
  new aws.route53.Record(
    `${name}-mail-from-mx`,
    {
      zoneId: zone.zoneId,
      name: mailFromDomain,
      type: 'MX',
      ttl: 600,
      records: [`10 feedback-smtp.${args.region}.amazonses.com`],
    },
    child,
  );
  new aws.route53.Record(
    `${name}-mail-from-spf`,
    { zoneId: zone.zoneId, name: mailFromDomain, type: 'TXT', ttl: 600, records: ['v=spf1 include:amazonses.com ~all'] },
    child,
  );
  return verified.arn;
}

/** The ARN of the SES identity the bootstrap stack verified, by name. */
export function mailDomainArn(domain: string, region: string, accountId: pulumi.Input<string>): pulumi.Output<string> {
  return pulumi.interpolate`arn:aws:ses:${region}:${accountId}:identity/${domain}`;
}
