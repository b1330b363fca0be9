/* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is switched on, so it costs nothing when off */
/**
 * OpenTelemetry tracing, off unless the environment switches it on:
 * - `OTEL_EXPORTER_OTLP_ENDPOINT` (or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`): spans go to an OTLP/HTTP collector;
 * - `OTEL_TRACES_EXPORTER=console`: spans are printed on stdout (for a quick look);
 * - `OTEL_TRACES_EXPORTER=none` or `OTEL_SDK_DISABLED=true` keep it off.
 * main.ts imports this module first, so the instrumentations patch http, express,
 * graphql and pg before anything loads them. Spans carry no variables or SQL parameters.
 */
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

function exporterKind(env: NodeJS.ProcessEnv): 'otlp' | 'console' | undefined {
  if (env.OTEL_SDK_DISABLED === 'true') return undefined;
  const named = env.OTEL_TRACES_EXPORTER?.split(',').map((s) => s.trim().toLowerCase());
  if (named?.includes('none')) return undefined;
  if (named?.includes('console')) return 'console';
  if (named?.includes('otlp') || env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return 'otlp';
  return undefined;
}

let provider: NodeTracerProvider | undefined;

function startTracing(kind: 'otlp' | 'console') {
  const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor } =
    require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { registerInstrumentations } =
    require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');

  let processor;
  if (kind === 'console') {
    processor = new SimpleSpanProcessor(new ConsoleSpanExporter());
  } else {
    const { OTLPTraceExporter } =
      require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
    processor = new BatchSpanProcessor(new OTLPTraceExporter());
  }
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME || 'integrity-governance' }),
    spanProcessors: [processor],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) }),
      new ExpressInstrumentation(),
      // Field values and variables stay out of spans (they may hold personal data).
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
}

const kind = exporterKind(process.env);
if (kind) startTracing(kind);

/** Sends the spans still buffered; called on shutdown. */
export async function shutdownTracing(): Promise<void> {
  await provider?.shutdown();
}
