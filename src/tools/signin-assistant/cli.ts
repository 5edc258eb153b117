// The package's command, for a web team that installed it (`npm install signin-assistant`):
//
//   npx signin-assistant validate [--fix] org.json [more.json…]
//
// Built to plain JavaScript with its dependencies inside (vite.bin.config.ts → bin/), so it runs on
// Node without tsx or the project's node_modules. Exit codes as validate-config's: 0 valid, 1 errors,
// 2 a wrong command.
import { main as validate } from '../validate-config/validate';

const USAGE = 'npx signin-assistant validate [--fix] path/to/org.json [more.json…]';

export function run(args: string[]): number {
  const [command, ...rest] = args;
  if (command === 'validate') return validate(rest, USAGE);
  console.error(
    command && command !== '--help' && command !== 'help'
      ? `Unknown command "${command}". Usage: ${USAGE}`
      : `Usage: ${USAGE}`,
  );
  return command && command !== '--help' && command !== 'help' ? 2 : 0;
}

process.exit(run(process.argv.slice(2)));
