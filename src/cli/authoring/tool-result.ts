/** What an authoring tool (new-handbook, import, permalinks) did, for its command to print. */
export interface ToolResult {
  /** Whether the tool did its work; false when it refused or found problems, having changed nothing. */
  ok: boolean;
  /** What to print, line by line: to stdout when ok, else to stderr. */
  lines: string[];
}
