import { helpId, type Command } from './command';
import type { CliText } from './cli-text';

/** A command's one-line summary, from the catalogue. */
export function commandSummary(command: Command, x: CliText): string {
  return x.t(`msg.cli.help.${helpId(command)}.summary`, command.helpParams);
}

/** `--help` without a command: every command with its summary, the global options, the exit codes. */
export function overview(commands: Command[], x: CliText): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  return [
    x.t('msg.cli.main.title'),
    '',
    x.t('msg.cli.main.usage'),
    '',
    x.t('msg.cli.main.commands'),
    ...commands.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${commandSummary(c, x)}`),
    '',
    x.t('msg.cli.main.global'),
    x.t('msg.cli.main.language'),
    x.t('msg.cli.main.secrets'),
    x.t('msg.cli.main.exits'),
  ].join('\n');
}

/** `COMMAND --help`: its synopsis, summary and help lines, then the global options. */
export function commandHelp(command: Command, x: CliText): string {
  const detailsKey = `msg.cli.help.${helpId(command)}.details`;
  const details = x.has(detailsKey) ? x.t(detailsKey, command.helpParams) : '';
  return [
    x.t('msg.cli.main.commandUsage', { usage: command.usage }),
    '',
    commandSummary(command, x),
    ...(details ? ['', details] : []),
    '',
    x.t('msg.cli.main.globalShort'),
  ].join('\n');
}
