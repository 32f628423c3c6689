/**
 * The command-line options of `faultline search` and `faultline export`, derived from the request
 * declarations (`src/model/search-request.ts`): one option per parameter the command's route
 * takes (`--layer-role <role>`, repeatable `--provider <name>`, the flag `--no-text`), with help
 * from the declaration, and the values commander collected read back as raw parameters by flag.
 */
import { Option, type Command } from 'commander';
import { describeParameter } from '../model/describe-parameter.js';
import type { RawParameters } from '../model/read-request-parameters.js';
import { routeParameters, searchRequestSpec, type ParameterSpec, type RequestField, type RequestRoute } from '../model/search-request.js';

/** The declarations the command line reads (its limits are the defaults). */
const SPEC = searchRequestSpec();

/** Appends one more value of a repeatable option. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The commander option of a declared parameter. */
function optionOf(param: ParameterSpec & { cli: string }): Option {
  const flags = param.type.kind === 'boolean' ? `--${param.cli}` : `--${param.cli} <${param.metavar}>`;
  const option = new Option(flags, describeParameter(param, 'cli'));
  if (param.list !== undefined) option.argParser(collect);
  if (param.required === true) option.makeOptionMandatory();
  return option;
}

/** The parameters of `route` given on the command line, but those in `skip` (given otherwise, such as a positional query). */
function commandParameters(route: RequestRoute, skip: readonly RequestField[]): (ParameterSpec & { cli: string })[] {
  return routeParameters(SPEC, route).filter((p): p is ParameterSpec & { cli: string } => p.cli !== null && !skip.includes(p.field));
}

/** Adds an option for every parameter of `route` but those in `skip`, in declaration order. */
export function addRequestOptions(command: Command, route: RequestRoute, skip: readonly RequestField[] = []): Command {
  for (const param of commandParameters(route, skip)) command.addOption(optionOf(param));
  return command;
}

/**
 * The values commander collected (by attribute name: `layerRole`, `text` for `--no-text`) as raw
 * parameters by flag (`--layer-role`, `--no-text`); an option not given is left out.
 */
export function rawRequestOptions(opts: Readonly<Record<string, unknown>>, route: RequestRoute, skip: readonly RequestField[] = []): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const param of commandParameters(route, skip)) {
    const option = optionOf(param);
    const value = opts[option.attributeName()];
    if (option.negate) {
      if (value === false) raw[`--${param.cli}`] = true;
    } else if (value !== undefined) raw[`--${param.cli}`] = value;
  }
  return raw satisfies RawParameters;
}
