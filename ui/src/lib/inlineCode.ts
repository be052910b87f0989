// Question titles are plain text that may hold Markdown inline code: `like this`.
// inlineCode splits the text and never treats it as HTML; inlineCodeHtml works on
// search titles, which the engine has already escaped.

export type TitleSegment = { code: boolean; text: string };

/**
 * Splits a title into text and code segments on paired backticks. A backtick
 * with no partner, and an empty pair (``), stay literal text.
 */
export function inlineCode(title: string): TitleSegment[] {
  const segments: TitleSegment[] = [];
  const pushText = (text: string) => {
    if (text === "") return;
    const last = segments.at(-1);
    if (last && !last.code) last.text += text;
    else segments.push({ code: false, text });
  };
  let rest = title;
  while (rest !== "") {
    const open = rest.indexOf("`");
    const close = open === -1 ? -1 : rest.indexOf("`", open + 1);
    if (close === -1) break;
    pushText(rest.slice(0, open));
    if (close === open + 1) pushText("``");
    else segments.push({ code: true, text: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
  pushText(rest);
  return segments;
}

/** The title as it reads on screen, without the backticks around code: for window titles. */
export function plainTitle(title: string): string {
  return inlineCode(title)
    .map((segment) => segment.text)
    .join("");
}

/**
 * Wraps backtick pairs in HTML the engine already escaped (search titles with
 * `<mark>` around matches) in the same markup TitleText renders. Escaped text
 * holds no tags but `<mark>`, so nothing else can get in; a pair that would cut
 * a `<mark>` in two is left as it is.
 */
export function inlineCodeHtml(escaped: string): string {
  return escaped.replace(/`([^`]*)`/g, (pair, code: string) =>
    code === "" || code.replace(/<mark>[^<]*<\/mark>/g, "").includes("<")
      ? pair
      : `<code class="title-code">${code}</code>`,
  );
}
