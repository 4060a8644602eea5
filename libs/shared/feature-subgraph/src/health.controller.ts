import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventConsumer, KafkaBus } from '@leerrecht/shared/data-access-bus';

/**
 * Liveness says the process runs; readiness says it can do its work: the database answers and
 * the Kafka cluster is reachable. Orchestrators route traffic on readiness only.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(KafkaBus) private readonly bus: KafkaBus,
    @Inject(EventConsumer) private readonly consumer: EventConsumer,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok'; checks: Record<string, 'ok' | 'fout'> }> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'ok' as const)
      .catch(() => 'fout' as const);
    // A service that consumes events is only ready once its consumer runs (a crashed consumer
    // that kafkajs will not restart makes the instance unready, so it gets replaced).
    const consumes = this.consumer.subscribedTopics().length > 0;
    const kafka = (await this.bus.isReady()) && (!consumes || this.consumer.isRunning()) ? ('ok' as const) : ('fout' as const);
    const checks = { database, kafka };
    if (database !== 'ok' || kafka !== 'ok') {
      throw new HttpException({ status: 'fout', checks }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', checks };
  }
}
