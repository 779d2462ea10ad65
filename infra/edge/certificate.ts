import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { moduleTags } from '../tags';

export interface SiteCertificateArgs {
  /** The names CloudFront will answer on (the app and the docs). */
  readonly domains: readonly string[];
  /** The public Route 53 zone the names live in; validation records are written there. */
  readonly zoneName: string;
}

/**
 * An ACM certificate for the sites, validated through DNS in the stack's zone. CloudFront only reads
 * certificates from us-east-1, so it is requested there whatever the stack's region.
 */
export class SiteCertificate extends pulumi.ComponentResource {
  /** Resolves only once ACM has issued the certificate, so CloudFront never points at a pending one. */
  readonly arn: pulumi.Output<string>;

  constructor(name: string, args: SiteCertificateArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:edge:Certificate', name, {}, opts);
    const usEast1 = new aws.Provider(`${name}-us-east-1`, { region: 'us-east-1' }, { parent: this });
    const [primary, ...alternatives] = args.domains;
    const certificate = new aws.acm.Certificate(
      name,
      { domainName: primary, subjectAlternativeNames: alternatives, validationMethod: 'DNS', tags: moduleTags('platform') },
      { parent: this, provider: usEast1 },
    );
    const zone = aws.route53.getZoneOutput({ name: args.zoneName, privateZone: false }, { parent: this });
    // One CNAME per name; ACM hands them out in the order of the names asked for.
    const records = args.domains.map(
      (domain, i) =>
        new aws.route53.Record(
          `${name}-validation-${i}`,
          {
            zoneId: zone.zoneId,
            name: certificate.domainValidationOptions.apply((options) => options.find((o) => o.domainName === domain)!.resourceRecordName),
            type: certificate.domainValidationOptions.apply((options) => options.find((o) => o.domainName === domain)!.resourceRecordType),
            records: [
              certificate.domainValidationOptions.apply((options) => options.find((o) => o.domainName === domain)!.resourceRecordValue),
            ],
            ttl: 300,
            allowOverwrite: true,
          },
          { parent: this },
        ),
    );
    const validation = new aws.acm.CertificateValidation(
      `${name}-validated`,
      { certificateArn: certificate.arn, validationRecordFqdns: records.map((r) => r.fqdn) },
      { parent: this, provider: usEast1 },
    );
    this.arn = validation.certificateArn;
    this.registerOutputs({ arn: this.arn });
  }
}
