import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MAX_TEMPLATES_PER_TYPE, TEMPLATE_TYPES, type TemplateType, templateProblems } from '../../domain/templates/entry-template';
import { DomainError, InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { ReferenceService } from '../reference/reference.service';
import type { DeleteTemplateDto, SaveTemplateDto } from './dto/entry-template.dto';
import { type EntryTemplate, EntryTemplateRepository, TemplateChangedError } from './entry-template.repository';

type TemplateView = Omit<EntryTemplate, 'userId'>;
const view = ({ userId: _userId, ...template }: EntryTemplate): TemplateView => template;

/** `POST /user/template*`: a tank's entry templates for tests, doses and programs. */
@Injectable()
export class EntryTemplateService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly reference: ReferenceService,
    private readonly templates: EntryTemplateRepository,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, tankId: string, type?: TemplateType): Promise<{ tankId: string; templates: TemplateView[] }> {
    await this.tanks.requireOwnedTank(userId, tankId);
    const lists = await Promise.all(
      (type ? [type] : TEMPLATE_TYPES).map((t) => this.templates.list(userId, tankId, t, MAX_TEMPLATES_PER_TYPE)),
    );
    return {
      tankId,
      templates: lists
        .flat()
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map(view),
    };
  }

  async save(userId: string, request: SaveTemplateDto): Promise<{ template: TemplateView }> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    const known = await this.catalogIds(userId, request.tankId, request.type);
    const elements = request.elements.map((e) => ({
      elementId: e.elementId,
      ...(e.amount !== undefined ? { amount: e.amount } : {}),
      ...(e.unit !== undefined ? { unit: e.unit } : {}),
      ...(e.weekdays !== undefined ? { weekdays: [...new Set(e.weekdays)].sort((a, b) => a - b) } : {}),
    }));
    const problems = templateProblems({ type: request.type, name: request.name, elements }, known);
    if (problems.length > 0) throw new InvalidRequestError(problems.join('; '), { problems });

    const previous = request.templateId ? await this.owned(userId, request.tankId, request.templateId) : undefined;
    if (previous && previous.type !== request.type)
      throw new InvalidRequestError(`This is a ${previous.type.toLowerCase()} template; its type cannot change`);
    if (
      !previous &&
      (await this.templates.list(userId, request.tankId, request.type, MAX_TEMPLATES_PER_TYPE)).length >= MAX_TEMPLATES_PER_TYPE
    ) {
      throw new InvalidRequestError(
        `A tank can keep at most ${MAX_TEMPLATES_PER_TYPE} ${request.type.toLowerCase()} templates; delete one first`,
      );
    }
    const now = this.clock.now().toISOString();
    const template: EntryTemplate = {
      templateId: previous?.templateId ?? randomUUID(),
      userId,
      tankId: request.tankId,
      type: request.type,
      name: request.name.trim(),
      elements,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    try {
      await this.templates.put(template, previous);
    } catch (error) {
      if (error instanceof TemplateChangedError)
        throw new DomainError('CONFLICT', 'The template changed while you were editing it; load it again');
      throw error;
    }
    return { template: view(template) };
  }

  async delete(userId: string, request: DeleteTemplateDto): Promise<{ templateId: string; deleted: true }> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    await this.owned(userId, request.tankId, request.templateId);
    await this.templates.delete(request.templateId);
    return { templateId: request.templateId, deleted: true };
  }

  /** A template of another keeper or tank answers exactly like one that does not exist. */
  private async owned(userId: string, tankId: string, templateId: string): Promise<EntryTemplate> {
    const template = await this.templates.get(templateId);
    if (!template || template.userId !== userId || template.tankId !== tankId) throw new NotFoundError('Template');
    return template;
  }

  private async catalogIds(userId: string, tankId: string, type: TemplateType): Promise<Set<string>> {
    const catalog = type === 'TEST' ? await this.reference.testElements(userId, tankId) : await this.reference.doseElements(userId, tankId);
    return new Set(catalog.elements.map((e) => e.elementId));
  }
}
