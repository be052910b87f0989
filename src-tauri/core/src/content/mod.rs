//! The question bank: its model, the parser for content files, and the
//! copy of `content/` embedded at build time.

mod body;
pub mod embedded;
mod front_matter;
mod load;
pub mod render;

use serde::{Deserialize, Serialize};

pub use load::{load_bank, load_dir};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Junior,
    Mid,
    Senior,
    Principal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// Explain a concept.
    Concept,
    /// "What does this print?": graded by the app.
    Output,
    /// Multiple choice: graded by the app.
    Choice,
    /// An open design question.
    Design,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Junior => "junior",
            Difficulty::Mid => "mid",
            Difficulty::Senior => "senior",
            Difficulty::Principal => "principal",
        }
    }
}

impl QuestionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Concept => "concept",
            QuestionKind::Output => "output",
            QuestionKind::Choice => "choice",
            QuestionKind::Design => "design",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// The folder name, e.g. `01-fundamentals`.
    pub slug: String,
    pub title: String,
    pub order: u32,
    pub summary: String,
    /// How many questions the module is meant to hold.
    pub planned: u32,
    /// Its code may import the packages pinned in `content/requirements.txt`.
    pub packages: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    /// The slug of the module folder holding the file.
    pub module: String,
    /// Path relative to `content/`.
    pub path: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub kind: QuestionKind,
    pub tags: Vec<String>,
    pub roles: Vec<String>,
    /// Markdown sections.
    pub prompt: Option<String>,
    pub options: Vec<ChoiceOption>,
    pub expected_output: Option<String>,
    pub answer: String,
    pub key_points: Vec<String>,
    pub tip: Option<String>,
    pub follow_ups: Vec<String>,
    pub code_blocks: Vec<CodeBlock>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub text: String,
    pub correct: bool,
}

/// A fenced `python` block and how the content tests treat it.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeBlock {
    /// Line of the opening fence in the file (1-based).
    pub line: usize,
    pub mode: RunMode,
    pub code: String,
    /// True for the code of an `output` question's prompt.
    pub is_output_prompt: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunMode {
    /// Runs and must succeed.
    Run,
    /// Runs and must fail with this exception type.
    Raises(String),
    /// Must compile; not run.
    CompileOnly,
    /// Neither compiled nor run.
    Fragment,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bank {
    pub modules: Vec<Module>,
    /// Ordered by module, then difficulty, then file name.
    pub questions: Vec<Question>,
    /// The target roles, each a mock-round preset.
    pub roles: Vec<Role>,
}

/// A target role and the mock round that matches its interviews (`roles.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub name: String,
    pub questions: u32,
    pub minutes: u32,
    pub difficulties: Vec<Difficulty>,
    /// Module slug and its weight when questions are drawn.
    pub module_weights: Vec<(String, u32)>,
}

/// Compares an answer typed by the user with the expected output of an
/// `output` question: line endings and trailing whitespace do not count.
pub fn outputs_match(expected: &str, actual: &str) -> bool {
    normalize_output(expected) == normalize_output(actual)
}

fn normalize_output(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_comparison_ignores_trailing_whitespace_only() {
        assert!(outputs_match("1\n2\n", "1  \r\n2"));
        assert!(!outputs_match("1\n2", "1\n 2"));
        assert!(!outputs_match("[1, 2]", "[1,2]"));
    }
}
