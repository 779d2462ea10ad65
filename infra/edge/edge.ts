import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { PERMISSIONS_POLICY, appContentSecurityPolicy } from '../../backend/src/shared/http/security-headers';
import { envName } from '../naming';
import { denyInsecureTransport, type BucketRef } from '../storage/storage';
import { moduleTags } from '../tags';

export interface SiteArgs {
  readonly bucket: BucketRef;
  readonly domain: string;
  /** Serve index.html for unknown paths (client-side routing). */
  readonly singlePageApp: boolean;
}

export interface EdgeArgs {
  readonly environment: string;
  readonly ui: SiteArgs;
  readonly docs: SiteArgs;
  /** ACM certificate in us-east-1 covering both domains; without it the sites answer on CloudFront's domain only. */
  readonly certificateArn?: pulumi.Input<string>;
  /** The Route 53 zone to publish the site names in; only the stack that owns the shared zone sets it. */
  readonly dnsZone?: string;
  /** Origins the app calls (REST API, identity, upload bucket) and its WebSocket origin, for its CSP. */
  readonly appOrigins: { readonly connect: pulumi.Input<string>[]; readonly websocket: pulumi.Input<string>[] };
}

export interface SiteRef {
  readonly distributionId: pulumi.Output<string>;
  readonly domainName: pulumi.Output<string>;
}

// AWS managed policies, identical in every account.
const CACHING_OPTIMIZED_POLICY_ID = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const SECURITY_HEADERS_POLICY_ID = '67f7725c-6f97-4210-82d7-5512b31e9d03';
/** CloudFront's own hosted zone, the target of every alias record that points at a distribution. */
const CLOUDFRONT_ZONE_ID = 'Z2FDTNDATAQYW2';
const ORIGIN_ID = 's3-origin';

/** S3 answers 403 for a missing key when listing is not allowed, so both codes route to the SPA. */
export const SPA_FALLBACK_CODES = [403, 404];

/** CloudFront in front of the private UI and docs buckets, reading them through Origin Access Control. */
export class Edge extends pulumi.ComponentResource {
  readonly ui: SiteRef;
  readonly docs: SiteRef;

  constructor(name: string, args: EdgeArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:edge:Sites', name, {}, opts);
    const appHeaders = this.appHeadersPolicy(`${name}-ui-headers`, envName(args.environment, 'ui-headers'), args);
    this.ui = this.site(`${name}-ui`, envName(args.environment, 'ui'), args.ui, args, appHeaders.id);
    this.docs = this.site(`${name}-docs`, envName(args.environment, 'docs'), args.docs, args, SECURITY_HEADERS_POLICY_ID);
    this.registerOutputs({ uiDomain: this.ui.domainName, docsDomain: this.docs.domainName });
  }

  /**
   * The app's security headers, the same values the local runtime sends (backend
   * `shared/http/security-headers.ts`): CSP naming its API, identity, upload and WebSocket origins
   * with no inline script, frame-ancestors 'none', nosniff, Referrer-Policy, HSTS and the
   * Permissions-Policy as a custom header.
   */
  private appHeadersPolicy(logical: string, physical: string, args: EdgeArgs): aws.cloudfront.ResponseHeadersPolicy {
    const csp = pulumi
      .all([pulumi.all(args.appOrigins.connect), pulumi.all(args.appOrigins.websocket)])
      .apply(([connect, websocket]) => appContentSecurityPolicy({ connect, websocket }));
    return new aws.cloudfront.ResponseHeadersPolicy(
      logical,
      {
        name: physical,
        comment: 'Reef-A-Matic app: CSP without inline script, no framing, no sniffing',
        securityHeadersConfig: {
          contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: 'DENY', override: true },
          referrerPolicy: { referrerPolicy: 'strict-origin-when-cross-origin', override: true },
          strictTransportSecurity: { accessControlMaxAgeSec: 63_072_000, includeSubdomains: true, preload: false, override: true },
        },
        customHeadersConfig: {
          items: [
            { header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true },
            { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
          ],
        },
      },
      { parent: this },
    );
  }

  private site(logical: string, physical: string, site: SiteArgs, args: EdgeArgs, headersPolicyId: pulumi.Input<string>): SiteRef {
    const child = { parent: this };
    const accessControl = new aws.cloudfront.OriginAccessControl(
      `${logical}-oac`,
      {
        name: `${physical}-oac`,
        originAccessControlOriginType: 's3',
        signingBehavior: 'always',
        signingProtocol: 'sigv4',
      },
      child,
    );
    const distribution = new aws.cloudfront.Distribution(
      logical,
      {
        comment: `${physical} (${site.domain})`,
        enabled: true,
        isIpv6Enabled: true,
        httpVersion: 'http2and3',
        priceClass: 'PriceClass_100',
        defaultRootObject: 'index.html',
        aliases: args.certificateArn ? [site.domain] : [],
        origins: [{ originId: ORIGIN_ID, domainName: site.bucket.regionalDomainName, originAccessControlId: accessControl.id }],
        defaultCacheBehavior: {
          targetOriginId: ORIGIN_ID,
          viewerProtocolPolicy: 'redirect-to-https',
          allowedMethods: ['GET', 'HEAD', 'OPTIONS'],
          cachedMethods: ['GET', 'HEAD'],
          compress: true,
          cachePolicyId: CACHING_OPTIMIZED_POLICY_ID,
          responseHeadersPolicyId: headersPolicyId,
        },
        customErrorResponses: site.singlePageApp
          ? SPA_FALLBACK_CODES.map((errorCode) => ({
              errorCode,
              responseCode: 200,
              responsePagePath: '/index.html',
              errorCachingMinTtl: 0,
            }))
          : [],
        restrictions: { geoRestriction: { restrictionType: 'none' } },
        viewerCertificate: args.certificateArn
          ? { acmCertificateArn: args.certificateArn, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' }
          : { cloudfrontDefaultCertificate: true },
        tags: moduleTags('platform'),
      },
      child,
    );
    new aws.s3.BucketPolicy(
      `${logical}-origin-policy`,
      {
        bucket: site.bucket.name,
        policy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            denyInsecureTransport(site.bucket.arn),
            {
              Sid: 'CloudFrontReadsObjects',
              Effect: 'Allow',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Action: ['s3:GetObject'],
              Resource: [pulumi.interpolate`${site.bucket.arn}/*`],
              Condition: { StringEquals: { 'AWS:SourceArn': distribution.arn } },
            },
          ],
        }),
      },
      child,
    );
    if (args.dnsZone && args.certificateArn) this.publish(logical, site.domain, args.dnsZone, distribution);
    return { distributionId: distribution.id, domainName: distribution.domainName };
  }

  private publish(logical: string, domain: string, zoneName: string, distribution: aws.cloudfront.Distribution): void {
    const zone = aws.route53.getZoneOutput({ name: zoneName, privateZone: false }, { parent: this });
    for (const type of ['A', 'AAAA']) {
      new aws.route53.Record(
        `${logical}-alias-${type.toLowerCase()}`,
        {
          zoneId: zone.zoneId,
          name: domain,
          type,
          aliases: [{ name: distribution.domainName, zoneId: CLOUDFRONT_ZONE_ID, evaluateTargetHealth: false }],
        },
        { parent: this },
      );
    }
  }
}
