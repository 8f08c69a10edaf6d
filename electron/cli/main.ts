// Runs in Node. Command-line entry: `jointcheck <command> ...`; commands are added per feature.
export async function main(args: readonly string[]): Promise<number> {
  console.log('jointcheck', args.join(' '));
  return 0;
}
