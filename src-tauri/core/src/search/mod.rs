//! Full-text search over titles, answers, tags and the user's notes (SQLite FTS5).

use std::collections::HashMap;

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
        let mut hits = self.best_questions(&query, limit)?;
        let mut statement = self.store.conn.prepare_cached(include_str!("sql/search_notes.sql"))?;
        let notes = statement.query_map(
            rusqlite::params![query, limit, OPEN.to_string(), CLOSE.to_string()],
            |row| row_to_hit(row, true),
        )?;
        for hit in notes {
            let hit = hit?;
            if hits.len() >= limit as usize {
                break;
            }
            if !hits.iter().any(|seen| seen.question_id == hit.question_id) {
                hits.push(hit);
            }
        }
        Ok(hits)
    }

    /// The `limit` best-ranked questions matching `query`, best first. The
    /// matches are ranked first and only those ranked best are read in full:
    /// snippets cost far more than ranking. Should some of those be left out
    /// (retired questions), more are ranked until `limit` are found.
    fn best_questions(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let conn = &self.store.conn;
        let mut wanted = limit;
        loop {
            let ranked: Vec<i64> = conn
                .prepare_cached(include_str!("sql/search_ranked.sql"))?
                .query_map(rusqlite::params![query, wanted], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let rank: HashMap<i64, usize> = ranked.iter().enumerate().map(|(at, rowid)| (*rowid, at)).collect();
            let rowids = format!("[{}]", ranked.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
            let mut statement = conn.prepare_cached(include_str!("sql/search.sql"))?;
            let mut hits = statement
                .query_map(
                    rusqlite::params![query, rowids, OPEN.to_string(), CLOSE.to_string()],
                    |row| Ok((rank.get(&row.get::<_, i64>(7)?).copied(), row_to_hit(row, false)?)),
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let everything_ranked = ranked.len() < wanted as usize;
            if hits.len() >= limit as usize || everything_ranked {
                hits.sort_by_key(|(at, _)| *at);
                return Ok(hits.into_iter().take(limit as usize).map(|(_, hit)| hit).collect());
            }
            wanted = wanted.saturating_mul(2);
        }
    }
}

/// A hit from a row of `search.sql` or `search_notes.sql`.
fn row_to_hit(row: &rusqlite::Row, in_note: bool) -> rusqlite::Result<SearchHit> {
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

    /// The search as first written: one query that highlights every match
    /// before keeping the best. The search in use must give the same hits.
    const PLAIN_SEARCH: &str = "
        SELECT s.question_id, q.module_slug, m.title,
          highlight(question_search, 1, ?3, ?4), snippet(question_search, 2, ?3, ?4, '…', 16),
          q.difficulty, q.kind
        FROM question_search AS s
        JOIN questions AS q ON q.id = s.question_id
        JOIN modules AS m ON m.slug = q.module_slug
        WHERE question_search MATCH ?1 AND q.retired = 0
        ORDER BY bm25(question_search, 0.0, 10.0, 1.0, 5.0)
        LIMIT ?2";

    #[test]
    fn ranking_first_and_highlighting_the_best_gives_the_plain_querys_hits() {
        const WORDS: [&str; 8] = [
            "generator",
            "context",
            "manager",
            "closure",
            "lambda",
            "schema",
            "pandas",
            "buffer",
        ];
        let bank = crate::content::load_bank([
            ("bank.toml", "version = \"1.0.0\"\n"),
            ("roles.toml", "[[role]]\nname = \"R\"\nquestions = 1\nminutes = 5\ndifficulty = [\"junior\"]\nmodules = { \"01-a\" = 1 }\n"),
            ("modules/01-a/module.toml", "title = \"A\"\norder = 1\nsummary = \"s\"\nplanned = 1\n"),
        ])
        .unwrap();
        let clock = crate::clock::ManualClock::new(chrono::Local::now().fixed_offset());
        let engine = Engine::in_memory(&bank, Box::new(clock)).unwrap();
        let conn = &engine.store.conn;
        let mut seed: u64 = 7;
        let mut below = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        // Many questions made of few words, so scores often tie; some retired
        // and some of a module that is gone, which the search leaves out.
        for n in 0..400 {
            let words: Vec<&str> = (0..1 + below(9)).map(|_| WORDS[below(8) as usize]).collect();
            let title = words[..words.len().min(3)].join(" ");
            let module = if below(25) == 0 { "09-gone" } else { "01-a" };
            conn.execute(
                "INSERT INTO questions (id, module_slug, ord, title, difficulty, kind, tags, roles, options,
                   answer_html, key_points, follow_ups, retired)
                 VALUES (?1, ?2, ?3, ?4, 'junior', 'concept', '[]', '[]', '[]', '', '[]', '[]', ?5)",
                rusqlite::params![format!("q{n}"), module, n, title, i64::from(below(10) == 0)],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO question_search (question_id, title, body, tags) VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![format!("q{n}"), title, words.join(" "), WORDS[below(8) as usize]],
            )
            .unwrap();
        }
        let plain = |query: &str, limit: u32| -> Vec<SearchHit> {
            let mut statement = conn.prepare(PLAIN_SEARCH).unwrap();
            let rows = statement
                .query_map(
                    rusqlite::params![query, limit, OPEN.to_string(), CLOSE.to_string()],
                    |row| row_to_hit(row, false),
                )
                .unwrap();
            rows.collect::<rusqlite::Result<_>>().unwrap()
        };
        let mut compared = 0;
        for text in [
            "context",
            "context manager",
            "lambda sch",
            "pandas buffer generator",
            "clos",
            "zzz",
        ] {
            for limit in [0, 1, 5, 20, 100] {
                let query = fts_query(text).unwrap();
                assert_eq!(
                    engine.best_questions(&query, limit).unwrap(),
                    plain(&query, limit),
                    "{text:?}, {limit}"
                );
                compared += plain(&query, limit).len();
            }
        }
        assert!(compared > 500, "the queries find something: {compared}");
    }

    #[test]
    fn escapes_text_and_keeps_marks() {
        let text = format!("a <b> {OPEN}is{CLOSE} & c");
        assert_eq!(marked_html(&text), "a &lt;b&gt; <mark>is</mark> &amp; c");
    }
}
