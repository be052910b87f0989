//! A generated question bank of any size for benchmarks: plain concept
//! questions spread evenly over numbered modules, in one role.

use pyprep_core::content::{load_bank, Bank};

/// `questions` questions over `modules` modules (slugs `01-m01`, `02-m02`, ...).
pub fn generated(questions: usize, modules: usize) -> Bank {
    let slug = |module: usize| format!("{module:02}-m{module:02}");
    let per_module = questions.div_ceil(modules);
    let roles = format!(
        "[[role]]\nname = \"Python Developer\"\nquestions = 10\nminutes = 30\ndifficulty = [\"mid\"]\n\
         modules = {{ \"{}\" = 1 }}\n",
        slug(1)
    );
    let mut files = vec![
        ("bank.toml".to_string(), "version = \"1.0.0\"\n".to_string()),
        ("roles.toml".to_string(), roles),
    ];
    for module in 1..=modules {
        files.push((
            format!("modules/{}/module.toml", slug(module)),
            format!(
                "title = \"Module {module}\"\norder = {module}\nsummary = \"Generated.\"\nplanned = {per_module}\n"
            ),
        ));
    }
    for question in 0..questions {
        files.push((
            format!("modules/{}/q{question:05}.md", slug(question % modules + 1)),
            format!(
                "+++\nid = \"q{question:05}\"\ntitle = \"Generated question {question}\"\ndifficulty = \"mid\"\n\
                 kind = \"concept\"\ntags = [\"generated\"]\nroles = [\"Python Developer\"]\n+++\n\n\
                 ## Answer\n\nThe answer to question {question}.\n\n## Key points\n\n- One\n- Two\n- Three\n"
            ),
        ));
    }
    load_bank(files.iter().map(|(path, text)| (path.as_str(), text.as_str())))
        .unwrap_or_else(|errors| panic!("the generated bank does not load: {errors:?}"))
}
