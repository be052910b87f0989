//! Markdown to sanitized HTML. Everything the UI shows with `{@html}` passes
//! through here, so content can never inject script or remote resources.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{html, Options, Parser};

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .rm_tags(["img"])
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_allowed_classes(
            "code",
            [
                "language-python",
                "language-python-run",
                "language-text",
                "language-bash",
                "language-sql",
                "language-toml",
                "language-json",
                "language-yaml",
                "language-pycon",
            ],
        )
        .url_schemes(HashSet::from(["https", "http", "mailto"]))
        .link_rel(Some("noopener noreferrer"));
    builder
});

/// Renders a Markdown block to sanitized HTML.
pub fn markdown(text: &str) -> String {
    render(&strip_run_markers(text, false))
}

/// Like [`markdown`], with the examples the app can run marked `language-python-run`
/// (they get a Run button): blocks that run as scripts or raise on purpose, not
/// those marked `norun`, `fragment` or `nowasm`. Only for standard-library code.
pub fn markdown_with_runnable(text: &str) -> String {
    render(&strip_run_markers(text, true))
}

fn render(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, options));
    SANITIZER.clean(&unsafe_html).to_string()
}

/// Renders one line of Markdown (a key point, an option) without the wrapping paragraph.
pub fn inline(text: &str) -> String {
    let block = markdown(text);
    let trimmed = block.trim();
    trimmed
        .strip_prefix("<p>")
        .and_then(|rest| rest.strip_suffix("</p>"))
        .filter(|inner| !inner.contains("<p>"))
        .unwrap_or(trimmed)
        .to_owned()
}

/// The run markers (`python raises=X`, `python norun`, `python nowasm`) are for the
/// tests; readers see plain `python`, or `python-run` for a runnable example.
fn strip_run_markers(text: &str, mark_runnable: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let Some(fence) = ["```", "~~~"].into_iter().find(|fence| trimmed.starts_with(fence)) else {
            out.push_str(line);
            continue;
        };
        let mut words = trimmed[fence.len()..].split_whitespace();
        if words.next() != Some("python") {
            out.push_str(line);
            continue;
        }
        let runs = words.all(|word| word.starts_with("raises="));
        out.push_str(indent);
        out.push_str(fence);
        out.push_str(if mark_runnable && runs { "python-run" } else { "python" });
        out.push('\n');
    }
    out
}

/// Plain text of a Markdown block, for the search index.
pub fn plain_text(text: &str) -> String {
    use pulldown_cmark::{Event, TagEnd};
    let mut out = String::with_capacity(text.len());
    for event in Parser::new(text) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::Heading(_)) => out.push(' '),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_code_with_language_class_and_hides_markers() {
        let html = markdown("Text with `code`.\n\n```python raises=ValueError\nint('x')\n```\n");
        assert!(html.contains("<code>code</code>"));
        assert!(
            html.contains("<code class=\"language-python\">int(&#39;x&#39;)\n</code>")
                || html.contains("<code class=\"language-python\">int('x')\n</code>"),
            "{html}"
        );
        assert!(!html.contains("raises"));
        let html = markdown("```python raises=OSError nowasm\nimport os\n```\n");
        assert!(html.contains("<code class=\"language-python\">import os"), "{html}");
        assert!(!html.contains("nowasm"), "{html}");
    }

    #[test]
    fn marks_only_the_examples_the_app_can_run() {
        let text = "```python\nprint(1)\n```\n\n```python raises=ValueError\nint('x')\n```\n\n```python norun\nimport boto3\n```\n\n```python nowasm\nimport threading\n```\n\n```text\nout\n```\n";
        let html = markdown_with_runnable(text);
        assert_eq!(html.matches("language-python-run").count(), 2, "{html}");
        assert_eq!(html.matches("class=\"language-python\"").count(), 2, "{html}");
        assert!(!markdown(text).contains("python-run"));
    }

    #[test]
    fn strips_scripts_handlers_and_remote_images() {
        let html = markdown("<script>alert(1)</script>\n\n<b onclick=alert(1)>x</b> <img src=https://example.com/x.png>\n\n[a](javascript:alert(1))");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("<a rel=\"noopener noreferrer\">a</a>"), "{html}");
    }

    #[test]
    fn inline_drops_the_paragraph() {
        assert_eq!(
            inline("Uses `is` for *identity*"),
            "Uses <code>is</code> for <em>identity</em>"
        );
    }

    #[test]
    fn plain_text_keeps_words_and_code() {
        let text = plain_text("The **walrus** `:=`\n\n- one\n- two");
        assert!(text.contains("walrus"));
        assert!(text.contains(":="));
        assert!(text.contains("two"));
    }
}
