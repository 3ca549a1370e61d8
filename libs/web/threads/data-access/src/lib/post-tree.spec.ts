import { aPost } from './fixtures.spec-helper';
import { buildPostTree, countLoadedReplies } from './post-tree';

describe('buildPostTree', () => {
  it('nests replies under their parents, siblings in arrival order', () => {
    const a = aPost(1);
    const a1 = aPost(2, { parentId: a.id, depth: 2 });
    const a1x = aPost(3, { parentId: a1.id, depth: 3 });
    const a2 = aPost(4, { parentId: a.id, depth: 2 });
    const b = aPost(5);
    const tree = buildPostTree([a, a1, a1x, a2, b]);

    expect(tree.map((node) => node.post.id)).toEqual([a.id, b.id]);
    expect(tree[0].children.map((node) => node.post.id)).toEqual([
      a1.id,
      a2.id,
    ]);
    expect(tree[0].children[0].children[0].post).toBe(a1x);
    expect(countLoadedReplies(tree[0])).toBe(3);
    expect(countLoadedReplies(tree[1])).toBe(0);
  });

  it('keeps a post whose parent is not loaded at the top level', () => {
    const orphan = aPost(7, { parentId: aPost(6).id, depth: 7 });
    expect(buildPostTree([orphan]).map((node) => node.post)).toEqual([orphan]);
  });

  it('keeps deleted posts with their replies', () => {
    const gone = aPost(1, { deleted: true, body: null, bodyHtml: null });
    const reply = aPost(2, { parentId: gone.id, depth: 2 });
    const [root] = buildPostTree([gone, reply]);
    expect(root.post.deleted).toBe(true);
    expect(root.children[0].post).toBe(reply);
  });
});
