/**
 * A file or folder name safe in a git tree, a URL and a shell: letters, digits, `.`, `_` and `-`
 * only, no leading dot and no `..` anywhere, at most 80 characters. Names come from run
 * labels and files the action chose, but the branch is public, so nothing is taken on trust.
 */
export function safeName(raw: string): string {
  const cleaned = raw
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+/, '')
    .slice(0, 80)
  return cleaned || 'snapshot'
}

/** Whether `name` may be a branch name (git check-ref-format, in short): otherwise the API would refuse it anyway. */
export function isBranchName(name: string): boolean {
  return name.length > 0 && name.length <= 200 && !/[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$|\/\./.test(name)
}
