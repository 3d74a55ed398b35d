/** What « À compléter » says of a broken external link: its text, its address and what answered. */
export type BrokenLink = { url: string; text: string; where: string; status: number | null; error: string | null };

export const brokenLinkProblem = (link: BrokenLink): string => {
  const answer = link.error ?? (link.status === 404 ? 'page introuvable (404)' : `réponse ${link.status ?? 'absente'}`);
  const text = link.text && link.text !== link.url ? `« ${link.text} » ` : '';
  return `lien externe cassé : ${text}vers ${link.url} — ${answer}`;
};
