//! Full-text search over titles, answers and tags (SQLite FTS5).

use serde::Serialize;

use crate::content::{Difficulty, QuestionKind};
use crate::{Engine, Result};

// Private-use characters mark matches inside FTS5 snippets; the text is
// HTML-escaped first and the markers become <mark> afterwards.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub question_id: String,
    pub module_slug: String,
    pub module_title: String,
    /// The title with matches in `<mark>`.
    pub title_html: String,
    /// A passage of the answer with matches in `<mark>`.
    pub snippet_html: String,
    pub difficulty: Difficulty,
    pub kind: QuestionKind,
}

impl Engine {
    pub fn search(&self, text: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let mut statement = self.store.conn.prepare_cached(include_str!("sql/search.sql"))?;
        let rows = statement.query_map(
            rusqlite::params![query, limit, OPEN.to_string(), CLOSE.to_string()],
            |row| {
                Ok(SearchHit {
                    question_id: row.get(0)?,
                    module_slug: row.get(1)?,
                    module_title: row.get(2)?,
                    title_html: marked_html(&row.get::<_, String>(3)?),
                    snippet_html: marked_html(&row.get::<_, String>(4)?),
                    difficulty: crate::catalog::parse_enum(row, 5)?,
                    kind: crate::catalog::parse_enum(row, 6)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Turns what the user typed into an FTS5 query: every word must match, the last as a prefix.
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{word}\""))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut query = rest.join(" ");
    if !query.is_empty() {
        query.push(' ');
    }
    query.push_str(last);
    query.push('*');
    Some(query)
}

fn marked_html(text: &str) -> String {
    let mut html = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            OPEN => html.push_str("<mark>"),
            CLOSE => html.push_str("</mark>"),
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            _ => html.push(c),
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_safe_prefix_queries() {
        assert_eq!(fts_query("walrus op").as_deref(), Some("\"walrus\" \"op\"*"));
        assert_eq!(fts_query("  \"); DROP --").as_deref(), Some("\"DROP\"*"));
        assert_eq!(fts_query(" ?! "), None);
    }

    #[test]
    fn escapes_text_and_keeps_marks() {
        let text = format!("a <b> {OPEN}is{CLOSE} & c");
        assert_eq!(marked_html(&text), "a &lt;b&gt; <mark>is</mark> &amp; c");
    }
}
