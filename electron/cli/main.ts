// Runs in Node. `jointcheck <command>`: reports, identities, signing and verification for people who process many files.
import { biasCommand } from './commands/bias';
import { identityCommand } from './commands/identity';
import { reportCommand } from './commands/report';
import { signCommand } from './commands/sign';
import { surveyCommand } from './commands/survey';
import { verifyCommand } from './commands/verify';
import { type CommandResult, UsageError } from './commands/common';

const usage = `Usage:
  jointcheck report <assessment-file> --out <file.pdf> [--lang en|ko]
  jointcheck identity --name <name> --org <org> --role <role> --out <identity.p12> --password-file <file>
  jointcheck sign <file.pdf> --identity <identity.p12> --password-file <file> --out <signed.pdf> [--reason <text>]
  jointcheck verify <file.pdf | pack.zip> [--json]
  jointcheck bias <file.csv> --group <col>[,<col>...] --outcome <col> [--yes <value>[,...]] [--no <value>[,...]] [--score | --count <col>] [--json]
  jointcheck survey <responses.csv> [--instrument hse|jointcheck] [--invited N] [--group <col>] [--min-group N] [--json]

Exit codes: 0 success (verify: every signature valid, nothing appended after the last);
1 verify found an invalid signature or an altered file, or a command failed;
2 the input could not be read or the command was used wrongly.`;

const commands: Record<string, (args: string[]) => Promise<CommandResult>> = {
  report: reportCommand,
  identity: identityCommand,
  sign: signCommand,
  verify: verifyCommand,
  bias: biasCommand,
  survey: surveyCommand,
};

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  try {
    const result = await command(rest);
    if (result.output) console.log(result.output);
    if (result.error) console.error(result.error);
    return result.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
