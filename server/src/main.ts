// Tracing first: its instrumentations patch http, express, graphql and pg as they load.
import { shutdownTracing } from './tracing';
import 'reflect-metadata';
import { prepareDatabase } from './app/bootstrap';
import { loadConfig } from './app/config';
import { errorFields, logger } from './app/logger';
import { closeDatabase } from './app/orm';
import { createApp } from './app/server';
import { startScheduler } from './jobs/scheduler';

async function main() {
  const config = loadConfig();
  const orm = await prepareDatabase(config);
  const app = await createApp({
    orm,
    production: config.production,
    routerSecret: config.routerSecret,
    routerIdentityKey: config.routerIdentityKey,
    metricsToken: config.metricsToken,
  });
  const port = await app.listen(config.port);
  const stopScheduler =
    config.jobIntervalMinutes > 0
      ? startScheduler(orm, config.jobIntervalMinutes * 60_000, (job, outcome, seconds) =>
          app.observability.recordJobRun(job, outcome, seconds),
        )
      : () => {};
  logger.info('server ready', {
    graphql: `http://localhost:${port}/graphql`,
    database: config.databaseUrl ? 'postgresql' : `embedded (${config.dataDir})`,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    stopScheduler();
    // Requests already sent when the signal came are read and answered before the server closes.
    await app.drain(config.drainMs);
    await app.stop();
    await closeDatabase(orm);
    await shutdownTracing();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  logger.error('start-up failed', errorFields(e));
  process.exit(1);
});
