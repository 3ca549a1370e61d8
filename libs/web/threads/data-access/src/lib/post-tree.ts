import type { Post } from '@sce/shared-contracts';

/** A post with the replies under it that are loaded, in the order the API gave them. */
export interface PostNode {
  post: Post;
  children: PostNode[];
}

/**
 * The reply tree of the posts loaded so far. The API sends posts depth first (a parent before
 * its replies, siblings oldest first), so keeping arrival order keeps siblings in order; a post
 * whose parent is not loaded is shown at the top level rather than lost.
 */
export function buildPostTree(posts: readonly Post[]): PostNode[] {
  const nodes = new Map<string, PostNode>();
  for (const post of posts) {
    nodes.set(post.id, { post, children: [] });
  }
  const roots: PostNode[] = [];
  for (const post of posts) {
    const node = nodes.get(post.id);
    if (node === undefined || node.post !== post) {
      continue; // a repeated id: the last (newest) copy counts
    }
    const parent =
      post.parentId === null ? undefined : nodes.get(post.parentId);
    if (parent !== undefined && parent !== node) {
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

/** How many posts a branch holds below its top post, as far as they are loaded. */
export function countLoadedReplies(node: PostNode): number {
  return node.children.reduce(
    (total, child) => total + 1 + countLoadedReplies(child),
    0,
  );
}
