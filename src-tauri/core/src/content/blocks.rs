//! The fenced `python` blocks of a question outside its challenge sections,
//! and the markers after `python` that say how the content tests run them.

use super::body::Section;
use super::challenge;
use super::load::error;
use super::{CodeBlock, QuestionKind, RunMode};
use crate::error::ContentError;

pub(super) fn code_blocks(
    path: &str,
    sections: &[Section],
    kind: QuestionKind,
    errors: &mut Vec<ContentError>,
) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    for section in sections {
        if challenge::SECTIONS.contains(&section.name.as_str()) {
            continue;
        }
        let is_prompt = section.name == "Prompt";
        let mut python_in_prompt = 0;
        for fence in &section.blocks {
            let mut words = fence.info.splitn(2, char::is_whitespace);
            if words.next() != Some("python") {
                continue;
            }
            let Some((mode, runs_on_wasm)) = run_markers(words.next().unwrap_or("")) else {
                errors.push(error(path, fence.line, format!("unknown code block marker {:?}: use python, python raises=Error, python norun or python fragment, the first two optionally followed by nowasm", fence.info)));
                continue;
            };
            let is_output_prompt = is_prompt && kind == QuestionKind::Output;
            if is_output_prompt {
                python_in_prompt += 1;
                if mode != RunMode::Run {
                    errors.push(error(
                        path,
                        fence.line,
                        "the code of an output question must run: mark it plain `python`".into(),
                    ));
                }
            }
            blocks.push(CodeBlock {
                line: fence.line,
                mode,
                code: fence.code.clone(),
                is_output_prompt,
                runs_on_wasm,
            });
        }
        if is_prompt && kind == QuestionKind::Output && python_in_prompt != 1 {
            errors.push(error(
                path,
                section.line,
                format!("an output question's prompt holds exactly one python block, found {python_in_prompt}"),
            ));
        }
    }
    blocks
}

/// The run mode the markers after `python` give, and whether the block runs on
/// WebAssembly (`nowasm` says it does not; only blocks that run can say so).
fn run_markers(markers: &str) -> Option<(RunMode, bool)> {
    let mut words: Vec<&str> = markers.split_whitespace().collect();
    let runs_on_wasm = words.last() != Some(&"nowasm");
    if !runs_on_wasm {
        words.pop();
    }
    let mode = match words.as_slice() {
        [] => RunMode::Run,
        ["norun"] if runs_on_wasm => RunMode::CompileOnly,
        ["fragment"] if runs_on_wasm => RunMode::Fragment,
        [word] => RunMode::Raises(word.strip_prefix("raises=").filter(|name| !name.is_empty())?.to_owned()),
        _ => return None,
    };
    Some((mode, runs_on_wasm))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nowasm_follows_a_mode_that_runs() {
        assert_eq!(run_markers(""), Some((RunMode::Run, true)));
        assert_eq!(run_markers("nowasm"), Some((RunMode::Run, false)));
        assert_eq!(
            run_markers("raises=OSError nowasm"),
            Some((RunMode::Raises("OSError".into()), false))
        );
        assert_eq!(run_markers("norun"), Some((RunMode::CompileOnly, true)));
        assert_eq!(run_markers("fragment"), Some((RunMode::Fragment, true)));
        for wrong in [
            "norun nowasm",
            "fragment nowasm",
            "nowasm raises=OSError",
            "raises=",
            "nowasm nowasm",
            "run",
        ] {
            assert_eq!(run_markers(wrong), None, "{wrong}");
        }
    }
}
