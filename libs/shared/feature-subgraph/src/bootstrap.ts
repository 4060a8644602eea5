import 'reflect-metadata';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { JsonLogger, runWithTrace, traceFromTraceparent } from '@leerrecht/shared/util-logging';

/**
 * Creates and starts a service: JSON logs from the first line, a trace context per HTTP request
 * (W3C traceparent, so the gateway's trace continues here), graceful shutdown on SIGTERM/SIGINT.
 */
export async function bootstrapService(
  appModule: Type<unknown> | DynamicModule,
  service: string,
  port: number,
  host = process.env.HOST ?? '127.0.0.1',
): Promise<INestApplication> {
  const app = await createServiceApp(appModule, service);
  await app.listen(port, host);
  app.get(JsonLogger).event('info', 'gestart', { service, port });
  return app;
}

/** The same app without listening (tests call `listen` on a port of their own). */
export async function createServiceApp(appModule: Type<unknown> | DynamicModule, service: string): Promise<INestApplication> {
  const app = await NestFactory.create(appModule, { logger: new JsonLogger(service, 'warn'), bodyParser: true });
  app.useLogger(app.get(JsonLogger));
  app.use((req: Request, _res: Response, next: NextFunction) => runWithTrace(traceFromTraceparent(req.header('traceparent')), next));
  app.enableShutdownHooks();
  return app;
}
