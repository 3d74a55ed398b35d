/**
 * Answers to the content loaders' questions, asked before Astro's content sync starts. Astro loads
 * its config and the content config as two module graphs of one process: an integration offers,
 * the loaders take, and the two meet on globalThis. Each answer is taken once.
 */
const slot = Symbol.for('bluehats:prefetched-answers');

type Answers = Map<string, Promise<unknown>>;

const answers = (): Answers => {
  const holder = globalThis as typeof globalThis & { [slot]?: Answers };
  holder[slot] ??= new Map();
  return holder[slot];
};

export const offerAnswer = (question: string, answer: Promise<unknown>): void => {
  // A failure is reported by the loader that takes it, with its own message, not as an unhandled rejection.
  answer.catch(() => undefined);
  answers().set(question, answer);
};

export const takeAnswer = (question: string): Promise<unknown> | undefined => {
  const answer = answers().get(question);
  answers().delete(question);
  return answer;
};
