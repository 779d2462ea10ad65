export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __ramDynamo?: { stop(): Promise<void> } }).__ramDynamo?.stop();
}
