import { Module } from '@nestjs/common';
import { DynamoTankRepository, TankRepository } from '../account/repositories/tank.repository';
import { IcpEvaluationService } from './icp-evaluation.service';

/** What `icp-evaluate` needs. */
@Module({ providers: [IcpEvaluationService, { provide: TankRepository, useClass: DynamoTankRepository }] })
export class EvaluationModule {}
