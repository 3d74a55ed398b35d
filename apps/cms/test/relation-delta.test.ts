import { describe, expect, it } from 'vitest';
import { relationAfterWrite } from '../src/validation/relation-delta';

const stored = { id: 7, documentId: 'video-a', title: 'Une vidéo' };

describe('a relation after a write', () => {
  it.each([
    ['left out of the write', undefined, [{ id: 7, documentId: 'video-a' }]],
    ['an unchanged delta', { connect: [], disconnect: [] }, [{ id: 7, documentId: 'video-a' }]],
    ['null', null, []],
    ['a disconnect by documentId', { connect: [], disconnect: [{ documentId: 'video-a' }] }, []],
    ['a disconnect by id', { disconnect: [7] }, []],
    ['a disconnect of another entry', { disconnect: [{ documentId: 'video-b' }] }, [{ id: 7, documentId: 'video-a' }]],
    ['a connect with a position', { connect: [{ documentId: 'video-b', position: { end: true } }] }, [{ id: 7, documentId: 'video-a' }, { documentId: 'video-b' }]],
    ['an empty set', { set: [] }, []],
    ['a set', { set: ['video-b'] }, [{ documentId: 'video-b' }]],
    ['a set then a connect', { set: [{ id: 9 }], connect: [{ id: 10 }] }, [{ id: 9 }, { id: 10 }]],
    ['a plain documentId', 'video-b', [{ documentId: 'video-b' }]],
    ['a plain id', 12, [{ id: 12 }]],
    ['an object', { documentId: 'video-b', locale: null }, [{ documentId: 'video-b' }]],
    ['a list', [1, 'video-c'], [{ id: 1 }, { documentId: 'video-c' }]],
  ])('%s', (_, sent, expected) => {
    expect(relationAfterWrite(stored, sent)).toEqual(expected);
  });

  it('starts from nothing when nothing is stored', () => {
    expect(relationAfterWrite(null, { connect: [], disconnect: [] })).toEqual([]);
    expect(relationAfterWrite(undefined, { connect: [{ id: 3 }] })).toEqual([{ id: 3 }]);
  });

  it('moves a connected entry instead of listing it twice', () => {
    expect(relationAfterWrite([{ id: 1, documentId: 'a' }, { id: 2, documentId: 'b' }], { connect: [{ documentId: 'a', position: { end: true } }] })).toEqual([
      { id: 2, documentId: 'b' },
      { documentId: 'a' },
    ]);
  });
});
