import { describe, expect, it } from 'vitest';
import { archiveWarningOf } from '../src/archive-warning';

// The warnings the old site typed by hand, in the forms it used: the reason is taken, not the warning.
describe('the old site’s archive warnings', () => {
  it('reads the reason that follows the warning, whatever its decoration', () => {
    expect(archiveWarningOf('> ⚠️ **Cette page est conservée à des fins d’archivage.** Le plan de 2018 a été remplacé.\n\nTexte.')).toEqual({ reason: 'le plan de 2018 a été remplacé', generic: false });
    expect(archiveWarningOf('<!-- note -->\n\n*Page archivée : son contenu n’est plus à jour.*\n\nTexte.')).toEqual({ reason: 'son contenu n’est plus à jour', generic: false });
    expect(archiveWarningOf('**Archivé** – remplacée par /pages/nouveau/\n\nTexte.')?.reason).toBe('remplacée par /pages/nouveau/');
  });
  it('gives a reason of its own when the warning has none, for an editor to complete', () => {
    expect(archiveWarningOf('Attention : cette page est conservée à titre d’archive.\n\nTexte.')).toMatchObject({ generic: true });
  });
  it('ignores archives named elsewhere than in a first warning', () => {
    expect(archiveWarningOf('Les Archives nationales publient leur code.\n\nTexte.')).toBeNull();
    expect(archiveWarningOf('Un texte.\n\nCette page est conservée à des fins d’archivage.')).toBeNull();
  });
});
