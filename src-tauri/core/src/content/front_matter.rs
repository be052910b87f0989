//! The TOML front matter between `+++` lines at the top of a question file.

use serde::Deserialize;

use super::{Difficulty, QuestionKind, Runtime};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub kind: QuestionKind,
    pub tags: Vec<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    /// Challenges only: `"cpython"` when the code needs threads or processes.
    pub runtime: Option<Runtime>,
    /// Challenges only: seconds allowed for one whole run.
    pub time_limit: Option<u32>,
    /// Challenges only: minutes a well-prepared candidate needs.
    pub target_minutes: Option<u32>,
}

/// A file split at its front matter.
pub struct Split<'a> {
    pub front_matter: &'a str,
    pub body: &'a str,
    /// The line of the file on which `body` starts (1-based).
    pub body_line: usize,
}

/// Splits a question file into front matter and body, or says which line is wrong.
pub fn split(text: &str) -> Result<Split<'_>, (usize, String)> {
    let Some(rest) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
        return Err((
            1,
            "a question file starts with a `+++` line opening its front matter".into(),
        ));
    };
    let mut offset = 0;
    for (index, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "+++" {
            return Ok(Split {
                front_matter: &rest[..offset],
                body: &rest[offset + line.len()..],
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    Err((1, "the front matter is not closed by a `+++` line".into()))
}

/// Parses the front matter; errors carry the line in the file (the front matter starts on line 2).
pub fn parse(front_matter: &str) -> Result<FrontMatter, (usize, String)> {
    toml::from_str(front_matter).map_err(|error| {
        let line = error
            .span()
            .map(|span| front_matter[..span.start].matches('\n').count() + 2)
            .unwrap_or(2);
        (line, error.message().to_owned())
    })
}

/// The line (in the file) on which `key = ...` is written, for errors found after parsing.
pub fn line_of_key(front_matter: &str, key: &str) -> usize {
    front_matter
        .lines()
        .position(|line| {
            line.trim_start().starts_with(key)
                && line[line.find(key).unwrap() + key.len()..]
                    .trim_start()
                    .starts_with('=')
        })
        .map_or(2, |index| index + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_body_lines() {
        let split = split("+++\nid = \"x\"\n+++\n\n## Answer\n").unwrap();
        assert_eq!(split.front_matter, "id = \"x\"\n");
        assert_eq!(split.body_line, 4);
        assert_eq!(split.body, "\n## Answer\n");
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        assert_eq!(split("+++\nid = 1\n").err().unwrap().0, 1);
        assert!(split("id = 1\n").is_err());
    }

    #[test]
    fn toml_errors_point_at_the_file_line() {
        let text = "id = \"a\"\ntitle = \"t\"\ndifficulty = \"easy\"\nkind = \"concept\"\ntags = []\n";
        let (line, message) = parse(text).unwrap_err();
        assert_eq!(line, 4);
        assert!(message.contains("unknown variant"), "{message}");
    }

    #[test]
    fn unknown_fields_are_errors() {
        let text = "id = \"a\"\ntitle = \"t\"\ndifficulty = \"mid\"\nkind = \"concept\"\ntags = [\"x\"]\ntgas = []\n";
        let (line, message) = parse(text).unwrap_err();
        assert_eq!(line, 7);
        assert!(message.contains("tgas"), "{message}");
    }

    #[test]
    fn finds_the_line_of_a_key() {
        assert_eq!(line_of_key("id = \"a\"\nroles = []\n", "roles"), 3);
    }
}
