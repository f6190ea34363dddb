/** Message trees and how the catalogue's parts are put together. */
export type MessageTree = { [key: string]: string | MessageTree };

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge: the shell and the resources both contribute keys under `kontor`. */
export function mergeMessages(...trees: object[]): MessageTree {
  const merged: MessageTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      merged[key] =
        isTree(existing) && isTree(value) ? mergeMessages(existing, value) : (value as string | MessageTree);
    }
  }
  return merged;
}
