import { visitRegExpAST, type AST } from '@eslint-community/regexpp';

/**
 * A matcher that cannot backtrack: the pattern's regexpp AST compiled to a Thompson NFA and run as
 * a set of states over the input, so one test costs at most (states × input length) steps whatever
 * the pattern. It answers only `RegExp#test`'s question (is there a match anywhere), which the NFA
 * answers exactly. Features a set of states cannot express (backreferences, modifier groups, class
 * strings) make the pattern unsupported, and the caller judges it from its structure instead.
 */
export interface LinearMatcher {
  /** `RegExp#test` from `lastIndex` 0, or `undefined` once `work` is spent. */
  test(input: string, work: Work): boolean | undefined;
}

/** Steps (state visits) left to a file's regex evaluation; shared by every test it runs. */
export interface Work {
  remaining: number;
}

class OutOfWork extends Error {}

function spend(work: Work, steps: number): void {
  work.remaining -= steps;
  if (work.remaining < 0) throw new OutOfWork();
}

/** Past this many states (a bounded quantifier copies its body), the pattern is not compiled. */
export const MAX_NFA_STATES = 4000;

class Unsupported extends Error {}

type State =
  | { readonly kind: 'unit'; readonly accepts: (unit: string) => boolean; next: number }
  | { readonly kind: 'split'; next: number[] }
  | { readonly kind: 'assert'; readonly holds: (units: readonly string[], at: number, work: Work) => boolean; next: number }
  | { readonly kind: 'match' };

interface Program {
  readonly states: State[];
  readonly start: number;
}

/** The matcher for a parsed pattern, or `undefined` when it uses a feature the NFA cannot run. */
export function linearMatcher(pattern: AST.Pattern, flags: string): LinearMatcher | undefined {
  try {
    const compiler = new Compiler(flags);
    const program = compiler.program(pattern.alternatives);
    const codePoints = flags.includes('u') || flags.includes('v');
    const sticky = flags.includes('y');
    return {
      test: (input, work) => {
        const units = codePoints ? Array.from(input) : input.split('');
        try {
          return sticky ? run(program, units, 0, work) !== undefined : searches(program, units, work);
        } catch (error) {
          if (error instanceof OutOfWork) return undefined;
          throw error;
        }
      },
    };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Compiler {
  private readonly states: State[] = [];
  private readonly leafFlags: string;
  private readonly multiline: boolean;
  private readonly isWord: (unit: string | undefined) => boolean;

  constructor(flags: string) {
    // Only these flags change what a single character matches; `g`, `y`, `d` and `m` do not.
    this.leafFlags = [...flags].filter((flag) => 'isuv'.includes(flag)).join('');
    this.multiline = flags.includes('m');
    const word = this.leafTest(String.raw`\w`);
    this.isWord = (unit) => unit !== undefined && word(unit);
  }

  program(alternatives: readonly AST.Alternative[]): Program {
    const match = this.add({ kind: 'match' });
    return { states: this.states, start: this.alternatives(alternatives, match) };
  }

  private add(state: State): number {
    if (this.states.length >= MAX_NFA_STATES) throw new Unsupported();
    this.states.push(state);
    return this.states.length - 1;
  }

  /** Compiled back to front: each node is built with the state that follows it already known. */
  private alternatives(alternatives: readonly AST.Alternative[], next: number): number {
    if (alternatives.length === 1) return this.sequence(alternatives[0]!.elements, next);
    const starts = alternatives.map((alternative) => this.sequence(alternative.elements, next));
    return this.add({ kind: 'split', next: starts });
  }

  private sequence(elements: readonly AST.Element[], next: number): number {
    let start = next;
    for (let index = elements.length - 1; index >= 0; index--) start = this.element(elements[index]!, start);
    return start;
  }

  private element(node: AST.Element, next: number): number {
    switch (node.type) {
      case 'Character':
      case 'CharacterSet':
      case 'CharacterClass':
      case 'ExpressionCharacterClass':
        return this.add({ kind: 'unit', accepts: this.leaf(node), next });
      case 'Group':
        if (node.modifiers) throw new Unsupported();
        return this.alternatives(node.alternatives, next);
      case 'CapturingGroup':
        return this.alternatives(node.alternatives, next);
      case 'Quantifier':
        return this.quantifier(node, next);
      case 'Assertion':
        return this.add({ kind: 'assert', holds: this.assertion(node), next });
      default:
        // Backreferences.
        throw new Unsupported();
    }
  }

  private quantifier(node: AST.Quantifier, next: number): number {
    let start = next;
    if (node.max === Infinity) {
      const loop = this.add({ kind: 'split', next: [] });
      (this.states[loop] as { next: number[] }).next = [this.element(node.element, loop), next];
      start = loop;
    } else {
      // `x{0,3}` is `(?:x(?:x(?:x)?)?)?`: each optional copy may stop and go on to `next`.
      for (let copy = node.min; copy < node.max; copy++) start = this.add({ kind: 'split', next: [this.element(node.element, start), next] });
    }
    for (let copy = 0; copy < node.min; copy++) start = this.element(node.element, start);
    return start;
  }

  private assertion(node: AST.Assertion): (units: readonly string[], at: number, work: Work) => boolean {
    const lineTerminator = (unit: string | undefined) => unit !== undefined && '\n\r\u2028\u2029'.includes(unit);
    switch (node.kind) {
      case 'start':
        return (units, at) => at === 0 || (this.multiline && lineTerminator(units[at - 1]));
      case 'end':
        return (units, at) => at === units.length || (this.multiline && lineTerminator(units[at]));
      case 'word':
        return (units, at) => (this.isWord(units[at - 1]) !== this.isWord(units[at])) !== node.negate;
      case 'lookahead': {
        const inner = this.subprogram(node.alternatives);
        return (units, at, work) => (run(inner, units, at, work) !== undefined) !== node.negate;
      }
      case 'lookbehind': {
        const inner = this.subprogram(node.alternatives);
        return (units, at, work) => {
          let found = false;
          for (let from = at; from >= 0 && !found; from--) found = run(inner, units, from, work, at) !== undefined;
          return found !== node.negate;
        };
      }
    }
  }

  private subprogram(alternatives: readonly AST.Alternative[]): Program {
    const compiler = new Compiler(this.leafFlags + (this.multiline ? 'm' : ''));
    const program = compiler.program(alternatives);
    if (program.states.length + this.states.length > MAX_NFA_STATES) throw new Unsupported();
    return program;
  }

  /**
   * Whether one character matches a class, a set or a character: the engine answers, on that node's
   * own text as a pattern of its own. It has no quantifier, so it cannot backtrack.
   */
  private leaf(node: Leaf): (unit: string) => boolean {
    if (matchesStrings(node)) throw new Unsupported();
    return this.leafTest(node.raw);
  }

  private leafTest(raw: string): (unit: string) => boolean {
    let regex: RegExp;
    try {
      regex = new RegExp(`^(?:${raw})$`, this.leafFlags);
    } catch {
      throw new Unsupported();
    }
    const answers = new Map<string, boolean>();
    return (unit) => {
      let answer = answers.get(unit);
      if (answer === undefined) answers.set(unit, (answer = regex.test(unit)));
      return answer;
    };
  }
}

type Leaf = AST.Character | AST.CharacterSet | AST.CharacterClass | AST.ExpressionCharacterClass;

/** A v-flag class or property that may match several characters (`[\q{ab}]`, `\p{RGI_Emoji}`). */
function matchesStrings(node: Leaf): boolean {
  let strings = false;
  visitRegExpAST(node, {
    onClassStringDisjunctionEnter: () => (strings = true),
    onCharacterSetEnter: (set) => {
      if (set.kind === 'property' && set.strings) strings = true;
    },
  });
  return strings;
}

/** Whether the program matches starting anywhere in `units`. */
function searches(program: Program, units: readonly string[], work: Work): boolean {
  let moved: number[] = [];
  for (let at = 0; ; at++) {
    const active = new Set<number>();
    // Starting a new attempt at every position is what makes `test` a search.
    if (closure(program, units, at, [...moved, program.start], active, work)) return true;
    if (at === units.length) return false;
    moved = step(program, units[at]!, active);
  }
}

/**
 * Runs the program from `from`; returns the first position where it matches (at `end` exactly, when
 * given), or `undefined`.
 */
function run(program: Program, units: readonly string[], from: number, work: Work, end?: number): number | undefined {
  const last = end ?? units.length;
  let moved = [program.start];
  for (let at = from; ; at++) {
    const active = new Set<number>();
    if (closure(program, units, at, moved, active, work) && (end === undefined || end === at)) return at;
    if (at >= last) return undefined;
    moved = step(program, units[at]!, active);
    if (moved.length === 0) return undefined;
  }
}

/** Adds every state reachable without consuming input; true when the match state is among them. */
function closure(program: Program, units: readonly string[], at: number, seeds: readonly number[], into: Set<number>, work: Work): boolean {
  const pending = [...seeds];
  const seen = new Set<number>();
  let matched = false;
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (seen.has(index)) continue;
    seen.add(index);
    const state = program.states[index]!;
    if (state.kind === 'split') pending.push(...state.next);
    else if (state.kind === 'assert') {
      if (state.holds(units, at, work)) pending.push(state.next);
    } else if (state.kind === 'match') matched = true;
    else into.add(index);
  }
  spend(work, seen.size);
  return matched;
}

/** The `unit` states that accept `unit`, moved to their successors (closed by the caller). */
function step(program: Program, unit: string, active: ReadonlySet<number>): number[] {
  const moved: number[] = [];
  for (const index of active) {
    const state = program.states[index]!;
    if (state.kind === 'unit' && state.accepts(unit)) moved.push(state.next);
  }
  return moved;
}
