//! A small hand-made bank and a clock the tests control.

use chrono::{DateTime, FixedOffset, TimeZone};
use chrono_tz::America::New_York;
use pyprep_core::clock::ManualClock;
use pyprep_core::content::{load_bank, Bank};
use pyprep_core::Engine;

pub const BANK: &str = "version = \"1.0.0\"\n";
pub const ROLES: &str = "[[role]]\nname = \"Python Developer\"\nquestions = 3\nminutes = 30\ndifficulty = [\"junior\", \"mid\"]\nmodules = { \"01-basics\" = 2 }\n\n[[role]]\nname = \"Data Engineer\"\nquestions = 2\nminutes = 45\ndifficulty = [\"mid\", \"senior\"]\nmodules = { \"01-basics\" = 1, \"02-later\" = 3 }\n";
pub const MODULE_ONE: &str = "title = \"Basics\"\norder = 1\nsummary = \"The basics.\"\nplanned = 4\n";
pub const MODULE_TWO: &str = "title = \"Later\"\norder = 2\nsummary = \"Coming soon.\"\nplanned = 10\n";

/// A question file of the given kind; `extra` goes before `## Answer`.
pub fn question(id: &str, title: &str, difficulty: &str, kind: &str, extra: &str) -> String {
    format!(
        "+++\nid = \"{id}\"\ntitle = \"{title}\"\ndifficulty = \"{difficulty}\"\nkind = \"{kind}\"\ntags = [\"basics\", \"{id}\"]\nroles = [\"Python Developer\"]\n+++\n\n{extra}## Answer\n\nThe answer to {title} mentions the walrus operator `:=` and <b>bold</b> text.\n\n```python\nprint(1 + 1)\n```\n\n## Key points\n\n- First point about {id}\n- Second point\n- Third point\n\n## Interview tip\n\nBe brief.\n\n## Follow-up questions\n\n- What next?\n"
    )
}

pub const OUTPUT_EXTRA: &str =
    "## Prompt\n\n```python\nprint(sum([1, 2, 3]))\n```\n\n## Expected output\n\n```text\n6\n```\n\n";
pub const CHOICE_EXTRA: &str = "## Options\n\n- [ ] `list`\n- [x] `tuple`\n- [ ] `dict`\n\n";

/// Files of the standard test bank: four questions in module one, none in module two.
pub fn files() -> Vec<(String, String)> {
    vec![
        ("roles.toml".into(), ROLES.into()),
        ("bank.toml".into(), BANK.into()),
        ("modules/01-basics/module.toml".into(), MODULE_ONE.into()),
        ("modules/02-later/module.toml".into(), MODULE_TWO.into()),
        (
            "modules/01-basics/names.md".into(),
            question("q-names", "What is a name?", "junior", "concept", ""),
        ),
        (
            "modules/01-basics/sum.md".into(),
            question("q-sum", "What does the sum print?", "mid", "output", OUTPUT_EXTRA),
        ),
        (
            "modules/01-basics/hashable.md".into(),
            question(
                "q-hashable",
                "Which type is hashable?",
                "junior",
                "choice",
                CHOICE_EXTRA,
            ),
        ),
        (
            "modules/01-basics/design.md".into(),
            question("q-design", "Design a cache", "senior", "design", ""),
        ),
    ]
}

pub fn bank_from(files: &[(String, String)]) -> Bank {
    load_bank(files.iter().map(|(p, t)| (p.as_str(), t.as_str()))).unwrap_or_else(|errors| panic!("{errors:?}"))
}

pub fn bank() -> Bank {
    bank_from(&files())
}

/// 10:00 in New York on the given date.
pub fn new_york(year: i32, month: u32, day: u32, hour: u32) -> DateTime<FixedOffset> {
    New_York
        .with_ymd_and_hms(year, month, day, hour, 0, 0)
        .single()
        .unwrap()
        .fixed_offset()
}

pub fn engine() -> (Engine, ManualClock) {
    let clock = ManualClock::new(new_york(2026, 3, 2, 10));
    let engine = Engine::in_memory(&bank(), Box::new(clock.clone())).unwrap();
    (engine, clock)
}
