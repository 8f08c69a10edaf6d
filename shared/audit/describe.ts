// Runs everywhere (pure). A chain check in English words, for the command line and logs (the app has its own translations).
import type { ChainProblem, ChainReport } from './verify';

export function describeChainProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'edited':
      return `entry ${problem.seq} was changed after it was recorded`;
    case 'removed':
      return problem.count === 1 ? `entry ${problem.seq} was removed` : `entries ${problem.seq} to ${problem.seq + problem.count - 1} were removed`;
    case 'reordered':
      return `entry ${problem.seq} is out of order (or there twice)`;
    case 'unlinked':
      return `entry ${problem.seq} does not follow from the entry before it (that one was replaced, or this one was added afterwards)`;
    case 'foreign':
      return `entry ${problem.seq} belongs to another assessment`;
  }
}

/** One line: "intact, 12 entries, newest …" or "BROKEN at entry 3: …". */
export function describeChain(chain: ChainReport, unreadableLines: readonly number[] = []): string {
  const unreadable = unreadableLines.length === 0 ? [] : [`line${unreadableLines.length === 1 ? '' : 's'} ${unreadableLines.join(', ')} ${unreadableLines.length === 1 ? 'is' : 'are'} not an entry`];
  if (chain.intact && unreadable.length === 0) {
    return chain.entries === 0 ? 'intact, no entries' : `intact, ${chain.entries} ${chain.entries === 1 ? 'entry' : 'entries'}, newest entry's hash ${chain.headHash}`;
  }
  const where = chain.brokenAt === null ? 'BROKEN' : `BROKEN at entry ${chain.brokenAt}`;
  return `${where}: ${[...chain.problems.map(describeChainProblem), ...unreadable].join('; ')}`;
}
