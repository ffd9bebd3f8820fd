import type { LanguageId } from "../model/block.js";
import { lineStartsOf, rowAt } from "../parse/line-starts.js";

/** One argument of a call as written: its text (trimmed), where it begins and the 1-based lines it spans. */
export interface WrittenArgument {
  text: string;
  /** Offset in the source text of the argument's first character (its keyword, for a keyword argument). */
  offset: number;
  startLine: number;
  endLine: number;
}

/** The arguments of one call as written: positional ones in order, keyword ones by name (Python `k=v`, C# `k: v`). */
export interface CallArguments {
  positional: WrittenArgument[];
  keyword: Map<string, WrittenArgument>;
}

/** Python `name=value` (not `==`) and C# `name: value` (not `::`). */
const KEYWORD: Partial<Record<LanguageId, RegExp>> = {
  python: /^([A-Za-z_]\w*)\s*=(?!=)\s*/,
  csharp: /^([A-Za-z_]\w*)\s*:(?!:)\s*/,
};

/** Arguments whose position cannot be known: `*args`, `**kw`, `...xs`. */
const SPREAD = /^(?:\*\*?|\.\.\.)/;

/** C# argument modifiers, which pass the variable itself. */
const CSHARP_MODIFIER = /^(?:ref|out|in)\s+(?:var\s+)?/;

/**
 * The arguments of the call of `name` written on `line` (1-based) of `text`: the line's only
 * `name(` (generic arguments allowed, as in `send<T>(`), read up to its closing parenthesis.
 * Undefined when the line has no such call or more than one, when the list does not close, or
 * when an argument spreads a sequence or mapping, whose positions cannot be known.
 */
export function callArguments(params: { text: string; line: number; name: string; language: LanguageId }): CallArguments | undefined {
  const { text, line, name, language } = params;
  const lineStarts = lineStartsOf(text);
  const open = openingParenthesis(text, lineStarts, line, name);
  if (open === undefined) return undefined;
  const written = splitArguments({ text, lineStarts, open, language });
  if (!written) return undefined;
  const result: CallArguments = { positional: [], keyword: new Map() };
  const keyword = KEYWORD[language];
  for (const argument of written) {
    if (SPREAD.test(argument.text)) return undefined;
    const named = keyword?.exec(argument.text);
    if (named?.[1]) result.keyword.set(named[1], { ...argument, text: argument.text.slice(named[0].length) });
    else if (result.keyword.size > 0 && language === "python") return undefined;
    else result.positional.push({ ...argument, text: language === "csharp" ? argument.text.replace(CSHARP_MODIFIER, "") : argument.text });
  }
  return result;
}

/** Offset of the `(` of the only call of `name` on `line`; undefined when there is none or more than one. */
function openingParenthesis(text: string, lineStarts: Uint32Array, line: number, name: string): number | undefined {
  const start = lineStarts[line - 1];
  if (start === undefined) return undefined;
  const end = text.indexOf("\n", start);
  const lineText = text.slice(start, end < 0 ? text.length : end);
  const escaped = name.replace(/[$]/g, "\\$");
  const calls = [...lineText.matchAll(new RegExp(`(?<![\\w$])${escaped}\\s*(?:<[^<>()]*>\\s*)?\\(`, "g"))];
  if (calls.length !== 1) return undefined;
  const call = calls[0] as RegExpMatchArray;
  return start + (call.index ?? 0) + call[0].length - 1;
}

/** Brackets that nest inside an argument list. */
const CLOSING: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}" };

/** A stretch of the argument list between top-level commas, with the comments inside it to leave out. */
interface Piece {
  start: number;
  end: number;
  comments: [number, number][];
}

/**
 * The top-level comma-separated arguments of the list opened at `open`, skipping strings and
 * leaving out comments; undefined when the list does not close or holds a template literal with
 * substitutions (whose nesting this reader does not follow).
 */
function splitArguments(params: { text: string; lineStarts: Uint32Array; open: number; language: LanguageId }): WrittenArgument[] | undefined {
  const { text, lineStarts, open, language } = params;
  const closers: string[] = [")"];
  const pieces: Piece[] = [];
  let piece: Piece = { start: open + 1, end: open + 1, comments: [] };
  let offset = open + 1;
  while (offset < text.length) {
    const char = text[offset] as string;
    const comment = commentEnd(text, offset, language);
    if (comment === undefined) return undefined;
    if (comment > offset) {
      piece.comments.push([offset, comment]);
      offset = comment;
      continue;
    }
    const literal = literalEnd(text, offset, language);
    if (literal === undefined) return undefined;
    if (literal > offset) {
      offset = literal;
      continue;
    }
    const closer = CLOSING[char];
    if (closer) closers.push(closer);
    else if (char === closers[closers.length - 1]) {
      closers.pop();
      if (closers.length === 0) {
        pieces.push({ ...piece, end: offset });
        return pieces.map((each) => writtenArgument(text, lineStarts, each)).filter((argument) => argument.text.length > 0);
      }
    } else if (char === "," && closers.length === 1) {
      pieces.push({ ...piece, end: offset });
      piece = { start: offset + 1, end: offset + 1, comments: [] };
    } else if (char === ")" || char === "]" || char === "}") return undefined;
    offset++;
  }
  return undefined;
}

/** The piece's text without its comments, trimmed, and the lines it spans. */
function writtenArgument(text: string, lineStarts: Uint32Array, piece: Piece): WrittenArgument {
  let kept = "";
  let from = piece.start;
  for (const [start, end] of piece.comments) {
    kept += text.slice(from, start);
    from = end;
  }
  kept += text.slice(from, piece.end);
  const trimmed = kept.trim();
  const firstChar = trimmed.length === 0 ? piece.start : firstCodeOffset(text, piece);
  const startLine = rowAt(lineStarts, firstChar) + 1;
  return { text: trimmed.replace(/[ \t]+\n/g, "\n"), offset: firstChar, startLine, endLine: startLine + (trimmed.match(/\n/g)?.length ?? 0) };
}

/** The offset of the piece's first character that is neither blank nor in a comment. */
function firstCodeOffset(text: string, piece: Piece): number {
  for (let offset = piece.start; offset < piece.end; offset++) {
    const comment = piece.comments.find(([start, end]) => offset >= start && offset < end);
    if (comment) offset = comment[1] - 1;
    else if (!/\s/.test(text[offset] as string)) return offset;
  }
  return piece.start;
}

/** Where the comment starting at `offset` ends (exclusive); `offset` itself when none starts there; undefined when it does not end. */
function commentEnd(text: string, offset: number, language: LanguageId): number | undefined {
  const char = text[offset];
  const next = text[offset + 1];
  if (language === "python") return char === "#" ? endOfLine(text, offset) : offset;
  if (char === "/" && next === "/") return endOfLine(text, offset);
  if (char !== "/" || next !== "*") return offset;
  const end = text.indexOf("*/", offset + 2);
  return end < 0 ? undefined : end + 2;
}

/**
 * Where the string starting at `offset` ends (exclusive); `offset` itself when none starts there;
 * undefined when it does not end or is a template literal with substitutions.
 */
function literalEnd(text: string, offset: number, language: LanguageId): number | undefined {
  const char = text[offset];
  if (char === "`" && language !== "python" && language !== "csharp") {
    const end = closingQuote(text, offset + 1, "`", true);
    if (end === undefined || text.slice(offset, end).includes("${")) return undefined;
    return end;
  }
  if (char !== '"' && char !== "'") return offset;
  if (language === "python" && text.startsWith(char.repeat(3), offset)) {
    const end = text.indexOf(char.repeat(3), offset + 3);
    return end < 0 ? undefined : end + 3;
  }
  // A C# verbatim string (@"…", $@"…") doubles its quotes and has no escapes.
  const verbatim = language === "csharp" && char === '"' && /@\$?$|\$@$/.test(text.slice(Math.max(0, offset - 2), offset));
  return closingQuote(text, offset + 1, char, !verbatim);
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  return end < 0 ? text.length : end;
}

/** The offset just past the `quote` that closes a literal whose text starts at `from`; undefined when it does not close. */
function closingQuote(text: string, from: number, quote: string, escapes: boolean): number | undefined {
  for (let offset = from; offset < text.length; offset++) {
    const char = text[offset];
    if (escapes && char === "\\") {
      offset++;
      continue;
    }
    if (char !== quote) continue;
    if (!escapes && text[offset + 1] === quote) {
      offset++;
      continue;
    }
    return offset + 1;
  }
  return undefined;
}
