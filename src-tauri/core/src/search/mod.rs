//! Full-text search over titles, answers, tags and the user's notes (SQLite FTS5).

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
    /// The match is in the user's note (the snippet is from the note).
    pub in_note: bool,
}

/// Typed text past this many characters is ignored: no question needs a longer query.
pub const MAX_QUERY_CHARS: usize = 200;
/// Distinct words past this many are ignored; each one costs a pass over the index.
const MAX_TERMS: usize = 8;

impl Engine {
    pub fn search(&self, text: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let Some(query) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let limit = limit.min(100);
        let mut hits = self.search_with(include_str!("sql/search.sql"), &query, limit, false)?;
        for hit in self.search_with(include_str!("sql/search_notes.sql"), &query, limit, true)? {
            if hits.len() >= limit as usize {
                break;
            }
            if !hits.iter().any(|seen| seen.question_id == hit.question_id) {
                hits.push(hit);
            }
        }
        Ok(hits)
    }

    fn search_with(&self, sql: &str, query: &str, limit: u32, in_note: bool) -> Result<Vec<SearchHit>> {
        let mut statement = self.store.conn.prepare_cached(sql)?;
        let rows = statement.query_map(
            rusqlite::params![query, limit, OPEN.to_string(), CLOSE.to_string()],
            |row| {
                let title: String = row.get(3)?;
                Ok(SearchHit {
                    question_id: row.get(0)?,
                    module_slug: row.get(1)?,
                    module_title: row.get(2)?,
                    title_html: marked_html(&title),
                    snippet_html: marked_html(&row.get::<_, String>(4)?),
                    difficulty: crate::catalog::parse_enum(row, 5)?,
                    kind: crate::catalog::parse_enum(row, 6)?,
                    in_note,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Turns what the user typed into an FTS5 query: every word must match, the
/// last as a prefix. Repeated words count once and only the first few are kept,
/// so a pasted wall of text cannot make the query slow.
fn fts_query(text: &str) -> Option<String> {
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let mut words: Vec<String> = Vec::new();
    for word in text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
    {
        let quoted = format!("\"{word}\"");
        if !words.contains(&quoted) && words.len() < MAX_TERMS {
            words.push(quoted);
        }
    }
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
    fn repeated_and_excess_words_are_dropped() {
        let query = fts_query(&"loop ".repeat(200_000)).unwrap();
        assert_eq!(query, "\"loop\"*");
        let many: String = (0..50).map(|n| format!("w{n} ")).collect();
        assert_eq!(fts_query(&many).unwrap().matches('"').count(), 2 * MAX_TERMS);
    }

    #[test]
    fn escapes_text_and_keeps_marks() {
        let text = format!("a <b> {OPEN}is{CLOSE} & c");
        assert_eq!(marked_html(&text), "a &lt;b&gt; <mark>is</mark> &amp; c");
    }
}
