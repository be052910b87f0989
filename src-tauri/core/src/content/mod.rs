//! The question bank: its model, the parser for content files, and the
//! copy of `content/` embedded at build time.

mod blocks;
mod body;
pub mod challenge;
pub mod embedded;
mod front_matter;
mod load;
mod question_file;
pub mod render;
mod toml_files;

use serde::{Deserialize, Serialize};

pub use challenge::DEFAULT_TIME_LIMIT_S;
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
    /// A coding challenge: the user writes code that the app runs against tests.
    Challenge,
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
            QuestionKind::Challenge => "challenge",
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
    pub part: ModulePart,
}

/// The part of the bank a module belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum ModulePart {
    /// The twenty modules of the classic interview handbook.
    #[default]
    Handbook,
    /// Modules on what interviews ask beyond the handbook.
    Beyond,
}

impl ModulePart {
    pub fn as_str(self) -> &'static str {
        match self {
            ModulePart::Handbook => "handbook",
            ModulePart::Beyond => "beyond",
        }
    }
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
    /// The code, tests and hints of a `challenge` question.
    pub challenge: Option<Challenge>,
}

/// Where a challenge's code can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Runtime {
    /// Anywhere, Pyodide in the app included.
    #[default]
    Any,
    /// Needs threads or processes: runs on the user's own CPython only.
    Cpython,
}

/// A coding challenge: what the user starts from, the tests that judge their
/// code, and the reference and wrong solutions the content tests check them with.
#[derive(Debug, Clone, PartialEq)]
pub struct Challenge {
    pub starter: SourceBlock,
    /// Python that declares the tests with the harness's `case` and `test`.
    pub tests: SourceBlock,
    pub hints: Vec<String>,
    pub solution: SourceBlock,
    /// Plausible mistakes; each must fail at least one test.
    pub wrong_solutions: Vec<SourceBlock>,
    pub runtime: Runtime,
    /// The limit for one whole run, in seconds.
    pub time_limit_s: u32,
    /// Minutes a well-prepared candidate needs; solving well within it suggests Easy.
    pub target_minutes: u32,
}

/// A `python` block of a challenge section, with the file line of its fence.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceBlock {
    pub line: usize,
    pub code: String,
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
    /// False for a block marked `nowasm`: it needs what WebAssembly lacks
    /// (threads, processes, 64-bit sizes), so it is not run under Pyodide.
    pub runs_on_wasm: bool,
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
    /// From `bank.toml`: `MAJOR.MINOR.PATCH`.
    pub version: String,
    pub modules: Vec<Module>,
    /// Ordered by module, then difficulty, then file name.
    pub questions: Vec<Question>,
    /// The target roles, each a mock-round preset.
    pub roles: Vec<Role>,
}

/// A target role and the mock round that matches its interviews (`roles.toml`),
/// or a round preset that is not a role (`[[preset]]`, e.g. a coding round).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub name: String,
    pub questions: u32,
    pub minutes: u32,
    pub difficulties: Vec<Difficulty>,
    /// The kinds of question drawn; empty means every kind.
    #[serde(default)]
    pub kinds: Vec<QuestionKind>,
    /// Module slug and its weight when questions are drawn.
    pub module_weights: Vec<(String, u32)>,
    /// A target role users can study for; false for a plain round preset.
    #[serde(default = "is_role_by_default")]
    pub is_role: bool,
}

fn is_role_by_default() -> bool {
    true
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
