import * as pulumi from '@pulumi/pulumi';
import { createStripeClient, type StripeCatalogClient, type StripeClientFactory } from './stripe-client';

/** How one kind of Stripe catalogue object is created, changed and retired. */
export interface StripeObjectKind<I extends object> {
  /** Resource type name, e.g. `Product` (the token becomes `pulumi-nodejs:dynamic/stripe:Product`). */
  readonly typeName: string;
  /** Inputs Stripe cannot change on an existing object: changing one creates a new object. */
  readonly replaceOn: readonly (keyof I & string)[];
  /** The old object must be gone before its replacement exists (unique codes). */
  readonly deleteBeforeReplace?: boolean;
  create(client: StripeCatalogClient, inputs: I): Promise<{ id: string }>;
  update(client: StripeCatalogClient, id: string, inputs: I): Promise<unknown>;
  /** Delete, or archive where Stripe keeps history (products, prices, promotion codes). */
  retire(client: StripeCatalogClient, id: string): Promise<unknown>;
}

/** Inputs as the engine hands them over: the object's own inputs plus the API key. */
export type StripeInputs<I> = I & { readonly apiKey: string };

export type StripeOutputs<I> = StripeInputs<I> & { readonly stripeId: string };

function withoutKey<I extends object>(inputs: StripeInputs<I>): I {
  const { apiKey: _apiKey, ...rest } = inputs;
  return rest as unknown as I;
}

/**
 * A Pulumi dynamic provider over the Stripe SDK for one kind of catalogue object. The client comes from an
 * injectable factory and the API key from the resource's (secret) inputs, so nothing secret is captured in
 * the serialized provider.
 */
export class StripeObjectProvider<I extends object> implements pulumi.dynamic.ResourceProvider {
  constructor(
    private readonly kind: StripeObjectKind<I>,
    private readonly clientFor: StripeClientFactory = createStripeClient,
  ) {}

  async create(inputs: StripeInputs<I>): Promise<pulumi.dynamic.CreateResult> {
    const created = await this.kind.create(this.clientFor(inputs.apiKey), withoutKey(inputs));
    return { id: created.id, outs: { ...inputs, stripeId: created.id } };
  }

  async diff(_id: string, olds: StripeOutputs<I>, news: StripeInputs<I>): Promise<pulumi.dynamic.DiffResult> {
    // A rotated API key reaches the same Stripe account: it changes nothing about the object.
    const keys = new Set([...Object.keys(withoutKey(olds)), ...Object.keys(withoutKey(news))]);
    keys.delete('stripeId');
    const before = olds as Record<string, unknown>;
    const after = news as Record<string, unknown>;
    const changed = [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    const replaces = changed.filter((key) => (this.kind.replaceOn as readonly string[]).includes(key));
    return {
      changes: changed.length > 0,
      replaces,
      deleteBeforeReplace: replaces.length > 0 && this.kind.deleteBeforeReplace === true,
    };
  }

  async update(id: string, _olds: StripeOutputs<I>, news: StripeInputs<I>): Promise<pulumi.dynamic.UpdateResult> {
    await this.kind.update(this.clientFor(news.apiKey), id, withoutKey(news));
    return { outs: { ...news, stripeId: id } };
  }

  async delete(id: string, props: StripeOutputs<I>): Promise<void> {
    await this.kind.retire(this.clientFor(props.apiKey), id);
  }
}

/** Inputs a resource accepts: every object input, plus the key, each possibly still unresolved. */
export type StripeResourceArgs<I> = { readonly [K in keyof I]: pulumi.Input<I[K]> } & {
  readonly apiKey: pulumi.Input<string>;
};

/** One Stripe catalogue object managed by Pulumi. */
export class StripeObject<I extends object> extends pulumi.dynamic.Resource {
  declare readonly stripeId: pulumi.Output<string>;

  constructor(
    kind: StripeObjectKind<I>,
    name: string,
    args: StripeResourceArgs<I>,
    opts: pulumi.CustomResourceOptions = {},
    clientFor?: StripeClientFactory,
  ) {
    super(
      new StripeObjectProvider(kind, clientFor),
      name,
      { ...args, stripeId: undefined },
      // Dynamic providers do not carry secretness from inputs to outputs on their own.
      { ...opts, additionalSecretOutputs: ['apiKey'] },
      'stripe',
      kind.typeName,
    );
  }
}
