import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { MAX_TEMPLATE_ELEMENTS, TEMPLATE_TYPES, type TemplateType } from '../../../domain/templates/entry-template';
import { TankScopedDto } from '../../reference/dto/tank-scoped.dto';

const TYPE_MESSAGE = `type must be one of ${TEMPLATE_TYPES.join(', ')}`;

export class ListTemplatesDto extends TankScopedDto {
  @IsOptional()
  @IsIn(TEMPLATE_TYPES, { message: TYPE_MESSAGE })
  type?: TemplateType;
}

export class TemplateElementDto {
  @IsString({ message: 'elementId must be a string' })
  @Length(1, 64)
  elementId!: string;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'amount must be a number' })
  amount?: number;

  @IsOptional()
  @IsString()
  @Length(1, 16)
  unit?: string;

  @IsOptional()
  @IsArray({ message: 'weekdays must be a list of days, 0 (Sunday) to 6 (Saturday)' })
  @ArrayMaxSize(7)
  @IsInt({ each: true, message: 'weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  @Min(0, { each: true, message: 'weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  @Max(6, { each: true, message: 'weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)' })
  weekdays?: number[];
}

export class SaveTemplateDto extends TankScopedDto {
  @IsOptional()
  @IsString()
  @Length(1, 64)
  templateId?: string;

  @IsIn(TEMPLATE_TYPES, { message: TYPE_MESSAGE })
  type!: TemplateType;

  @IsString({ message: 'name must be a string' })
  @Length(1, 60, { message: 'name must be 1 to 60 characters' })
  name!: string;

  @IsArray({ message: 'elements must be a list' })
  @ArrayMaxSize(MAX_TEMPLATE_ELEMENTS, { message: `elements can hold at most ${MAX_TEMPLATE_ELEMENTS} elements` })
  @ValidateNested({ each: true })
  @Type(() => TemplateElementDto)
  elements!: TemplateElementDto[];
}

export class DeleteTemplateDto extends TankScopedDto {
  @IsString({ message: 'templateId must be a string' })
  @Length(1, 64)
  templateId!: string;
}
