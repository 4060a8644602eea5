import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventConsumer, KafkaBus, OutboxRelay } from '@leerrecht/shared/data-access-bus';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { PLATFORM_OPTIONS, type PlatformOptions } from './platform-options';

/**
 * Start and stop order of the bus. Feature modules register their event handlers in
 * `onModuleInit`; only after that (bootstrap) do the topics get created, the relay start and the
 * consumer join its group. On shutdown the consumer stops first (its in-flight message finishes
 * and commits), then the relay, then the connections: nothing is lost, a redelivery is absorbed
 * by the inbox.
 */
@Injectable()
export class PlatformLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly dataSource: DataSource,
    @Inject(KafkaBus) private readonly bus: KafkaBus,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(EventConsumer) private readonly consumer: EventConsumer,
    private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bus.connect();
    await this.bus.ensureTopics(this.options.produces.map((contract) => contract.topic));
    this.relay.start();
    if (this.consumer.subscribedTopics().length > 0) {
      await this.consumer.start();
    }
    this.logger.event('info', 'bus gestart', { service: this.options.service });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
    await this.relay.stop();
    await this.bus.disconnect();
    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
    }
    this.logger.event('info', 'gestopt', { service: this.options.service });
  }
}
