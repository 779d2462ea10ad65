import { Module } from '@nestjs/common';
import { DynamoTankRepository, TankRepository } from '../account/repositories/tank.repository';
import { IcpCompletionModule } from '../reviews/icp-completion.module';
import { TargetsDataModule } from '../targets/targets.module';
import { IcpEvaluationService } from './icp-evaluation.service';

/** What `icp-evaluate` needs: the tank, and its ranges (custom → method → hazard fallback). */
@Module({
  imports: [TargetsDataModule, IcpCompletionModule],
  providers: [IcpEvaluationService, { provide: TankRepository, useClass: DynamoTankRepository }],
})
export class EvaluationModule {}
