//! The question bank as a file Anki imports: tab-separated notes of the Basic
//! note type, one per question, with HTML fields, the module as the deck and
//! a stable GUID, so importing a newer export updates the notes in place.

use rusqlite::params;

use crate::catalog::{parse_json, parse_json_text, ChoiceOptionView};
use crate::challenges::ChallengeView;
use crate::{Engine, Error, Result};

const HEADER: &str = "#separator:tab\n#html:true\n#notetype:Basic\n#guid column:1\n#deck column:4\n#tags column:5\n";

struct Row {
    id: String,
    module_order: i64,
    module_title: String,
    title: String,
    difficulty: String,
    kind: String,
    tags: Vec<String>,
    prompt_html: Option<String>,
    options: Vec<ChoiceOptionView>,
    expected_output: Option<String>,
    answer_html: String,
    key_points: Vec<String>,
    tip_html: Option<String>,
    challenge: Option<ChallengeView>,
}

impl Engine {
    /// One module (by slug) or, with None, the whole bank. Retired questions are left out.
    pub fn export_anki(&self, module: Option<&str>) -> Result<(Vec<u8>, u32)> {
        let mut statement = self.store.conn.prepare(include_str!("sql/anki_questions.sql"))?;
        let rows = statement
            .query_map(params![module], |row| {
                Ok(Row {
                    id: row.get(0)?,
                    module_order: row.get(1)?,
                    module_title: row.get(2)?,
                    title: row.get(3)?,
                    difficulty: row.get(4)?,
                    kind: row.get(5)?,
                    tags: parse_json(row, 6)?,
                    prompt_html: row.get(7)?,
                    options: parse_json(row, 8)?,
                    expected_output: row.get(9)?,
                    answer_html: row.get(10)?,
                    key_points: parse_json(row, 11)?,
                    tip_html: row.get(12)?,
                    challenge: row
                        .get::<_, Option<String>>(13)?
                        .map(|json| parse_json_text(&json, 13))
                        .transpose()?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if rows.is_empty() {
            return Err(Error::NotFound(format!("module {:?}", module.unwrap_or_default())));
        }
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b'\t')
            .has_headers(false)
            .from_writer(HEADER.as_bytes().to_vec());
        let count = rows.len() as u32;
        for row in rows {
            writer
                .write_record([
                    format!("pyprep-{}", row.id),
                    front(&row),
                    back(&row),
                    format!("Pyprep::{:02} {}", row.module_order, row.module_title),
                    tags_of(&row),
                ])
                .map_err(|error| Error::InvalidInput(format!("could not write the Anki file: {error}")))?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|error| Error::InvalidInput(format!("could not write the Anki file: {error}")))?;
        Ok((bytes, count))
    }
}

fn front(row: &Row) -> String {
    let mut html = format!("<h3>{}</h3>", escape(&row.title));
    html.push_str(row.prompt_html.as_deref().unwrap_or_default());
    if !row.options.is_empty() {
        html.push_str("<ol type=\"A\">");
        for option in &row.options {
            html.push_str(&format!("<li>{}</li>", option.html));
        }
        html.push_str("</ol>");
    }
    if let Some(challenge) = &row.challenge {
        html.push_str(&code_block(&challenge.starter));
    }
    html
}

fn back(row: &Row) -> String {
    let mut html = String::new();
    let correct: Vec<&str> = row
        .options
        .iter()
        .filter(|o| o.correct)
        .map(|o| o.html.as_str())
        .collect();
    if !correct.is_empty() {
        html.push_str(&format!("<p><b>Answer:</b> {}</p>", correct.join("; ")));
    }
    if let Some(output) = &row.expected_output {
        html.push_str(&format!("<p><b>Output:</b></p>{}", code_block(output)));
    }
    html.push_str(&row.answer_html);
    if let Some(challenge) = &row.challenge {
        html.push_str(&format!("<h4>Solution</h4>{}", code_block(&challenge.solution)));
    }
    if !row.key_points.is_empty() {
        html.push_str("<h4>Key points</h4><ul>");
        for point in &row.key_points {
            html.push_str(&format!("<li>{point}</li>"));
        }
        html.push_str("</ul>");
    }
    if let Some(tip) = &row.tip_html {
        html.push_str(&format!("<h4>Interview tip</h4>{tip}"));
    }
    html
}

/// Anki tags are space-separated words: the bank's tags, difficulty, kind and module.
fn tags_of(row: &Row) -> String {
    let mut tags = vec!["pyprep".to_owned(), row.difficulty.clone(), row.kind.clone()];
    tags.extend(
        row.tags
            .iter()
            .map(|tag| tag.split_whitespace().collect::<Vec<_>>().join("_")),
    );
    tags.join(" ")
}

fn code_block(code: &str) -> String {
    format!("<pre><code>{}</code></pre>", escape(code.trim_end()))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
