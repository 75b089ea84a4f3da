/**
 * What the command-line tools share: validated config, a quiet logger on stderr, the runtime,
 * and an exit code. The tools reach the same database as `npm start` (and share a running
 * embedded server rather than starting a second one).
 */
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from '../config';
import { openRuntime, type Runtime } from '../runtime';

export async function runCli(name: string, work: (runtime: Runtime, config: Config) => Promise<number>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = pino({ level: process.env.LOG_LEVEL ? config.logLevel : 'warn', name }, pino.destination(2));
  let runtime: Runtime | null = null;
  let code = 1;
  try {
    runtime = await openRuntime(config, logger);
    code = await work(runtime, config);
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await runtime?.close();
  }
  process.exit(code);
}
