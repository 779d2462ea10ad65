import { logger } from '../../shared/observability';
import type { AppConfigRepository } from './app-config.repository';

/**
 * A Bedrock prompt template kept in app-config (seeded with its default when missing, so admins
 * find it in the console), read once per container: an admin's edit applies from the next cold
 * start. A failed read is not cached; the default serves until a read succeeds.
 */
export class SeededPrompt {
  private template?: Promise<string>;

  constructor(
    private readonly config: Pick<AppConfigRepository, 'textSeeded'>,
    readonly key: string,
    readonly fallback: string,
  ) {}

  async text(): Promise<string> {
    this.template ??= this.config.textSeeded(this.key, this.fallback);
    try {
      return await this.template;
    } catch (error) {
      this.template = undefined;
      logger.warn('Prompt not read from app-config; using the default', { key: this.key, error: error as Error });
      return this.fallback;
    }
  }
}
