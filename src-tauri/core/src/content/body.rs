//! The Markdown body of a question file: `## ` sections, their lists and
//! their fenced code blocks, each with the line it starts on.

/// One `## ` section.
#[derive(Debug)]
pub struct Section {
    pub name: String,
    /// The line of the heading (1-based, in the file).
    pub line: usize,
    /// The section's Markdown, without the heading, trimmed.
    pub text: String,
    /// The line on which `text` starts.
    pub text_line: usize,
    pub blocks: Vec<Fence>,
}

/// A fenced code block.
#[derive(Debug)]
pub struct Fence {
    /// The line of the opening fence.
    pub line: usize,
    /// The info string after the fence, e.g. `python raises=ValueError`.
    pub info: String,
    pub code: String,
}

/// Splits a body into sections. `first_line` is the file line the body starts on.
pub fn sections(body: &str, first_line: usize) -> Result<Vec<Section>, (usize, String)> {
    let mut sections: Vec<Section> = Vec::new();
    let mut text_lines: Vec<&str> = Vec::new();
    let mut fence: Option<(String, Fence)> = None;

    for (index, line) in body.lines().enumerate() {
        let line_number = first_line + index;
        if let Some((marker, open)) = fence.as_mut() {
            text_lines.push(line);
            if line.trim_start().starts_with(marker.as_str()) && line.trim() == marker.as_str() {
                let (_, closed) = fence.take().unwrap();
                sections
                    .last_mut()
                    .expect("fences open inside a section")
                    .blocks
                    .push(closed);
            } else {
                open.code.push_str(line);
                open.code.push('\n');
            }
            continue;
        }
        if let Some(name) = line.strip_prefix("## ") {
            finish(&mut sections, &mut text_lines);
            sections.push(Section {
                name: name.trim().to_owned(),
                line: line_number,
                text: String::new(),
                text_line: line_number,
                blocks: Vec::new(),
            });
            continue;
        }
        if sections.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            return Err((line_number, "text before the first `## ` section".into()));
        }
        let trimmed = line.trim_start();
        if let Some(marker) = fence_marker(trimmed) {
            let info = trimmed[marker.len()..].trim().to_owned();
            fence = Some((
                marker.to_owned(),
                Fence {
                    line: line_number,
                    info,
                    code: String::new(),
                },
            ));
        }
        text_lines.push(line);
    }
    if let Some((_, open)) = fence {
        return Err((open.line, "this code block is never closed".into()));
    }
    finish(&mut sections, &mut text_lines);
    Ok(sections)
}

fn fence_marker(line: &str) -> Option<&str> {
    ["````", "```", "~~~"]
        .into_iter()
        .find(|marker| line.starts_with(marker))
}

fn finish(sections: &mut [Section], lines: &mut Vec<&str>) {
    if let Some(section) = sections.last_mut() {
        let leading_blanks = lines.iter().take_while(|line| line.trim().is_empty()).count();
        section.text = lines.join("\n").trim().to_owned();
        section.text_line = section.line + 1 + leading_blanks;
    }
    lines.clear();
}

/// A Markdown list item, with the line it starts on.
#[derive(Debug, PartialEq)]
pub struct Item {
    pub line: usize,
    pub text: String,
}

/// Parses a section that must be a flat `- ` list. Indented lines continue the previous item.
pub fn list_items(section: &Section) -> Result<Vec<Item>, (usize, String)> {
    let mut items: Vec<Item> = Vec::new();
    for (index, line) in section.text.lines().enumerate() {
        let line_number = section.text_line + index;
        if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            items.push(Item {
                line: line_number,
                text: item.trim().to_owned(),
            });
        } else if line.trim().is_empty() {
            continue;
        } else if line.starts_with(' ') && !items.is_empty() {
            let last = items.last_mut().unwrap();
            last.text.push(' ');
            last.text.push_str(line.trim());
        } else {
            return Err((
                line_number,
                format!("section \"## {}\" must be a list of `- ` items", section.name),
            ));
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str =
        "\n## Prompt\n\n```python\nprint(1)\n# ## not a heading\n```\n\n## Key points\n\n- one\n- two\n  continued\n";

    #[test]
    fn splits_sections_and_fences_with_lines() {
        let sections = sections(BODY, 5).unwrap();
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].name, "Prompt");
        assert_eq!(sections[0].line, 6);
        assert_eq!(sections[0].blocks.len(), 1);
        assert_eq!(sections[0].blocks[0].line, 8);
        assert_eq!(sections[0].blocks[0].info, "python");
        assert_eq!(sections[0].blocks[0].code, "print(1)\n# ## not a heading\n");
        assert_eq!(sections[1].name, "Key points");
    }

    #[test]
    fn parses_list_items_with_continuations() {
        let sections = sections(BODY, 5).unwrap();
        let items = list_items(&sections[1]).unwrap();
        assert_eq!(
            items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(),
            ["one", "two continued"]
        );
        assert_eq!(items[1].line, 16);
    }

    #[test]
    fn rejects_text_before_sections_and_open_fences() {
        assert_eq!(sections("hello\n## Answer\n", 4).unwrap_err().0, 4);
        assert_eq!(sections("## Answer\n```python\nx = 1\n", 4).unwrap_err().0, 5);
    }
}
