//! Starting Pyprep where no window can open ends with one sentence and a
//! non-zero exit, never a panic's backtrace: the app binary itself, and
//! `npm start` before it installs or builds anything.
#![cfg(all(unix, not(target_os = "macos")))]

use std::path::Path;
use std::process::{Command, Output};

fn output_of(command: &mut Command) -> (i32, String) {
    let Output { status, stdout, stderr } = command.output().expect("the command starts");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&stderr)
    );
    (status.code().unwrap_or(-1), text)
}

fn assert_plain_failure(code: i32, output: &str, sentence: &str) {
    assert_ne!(code, 0, "{output}");
    assert!(output.contains(sentence), "{output}");
    for noise in ["panicked", "stack backtrace", "RUST_BACKTRACE"] {
        assert!(!output.contains(noise), "{noise:?} in: {output}");
    }
    assert_eq!(output.trim().lines().count(), 1, "one sentence: {output}");
}

/// The app, with backtraces asked for: none may appear all the same.
fn app() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyprep"));
    command.env_remove("WAYLAND_DISPLAY").env("RUST_BACKTRACE", "1");
    command
}

#[test]
fn the_app_without_a_display_says_how_to_run_it() {
    let (code, output) = output_of(app().env_remove("DISPLAY"));
    assert_plain_failure(
        code,
        &output,
        "Pyprep needs a display for its window and found none (neither DISPLAY nor WAYLAND_DISPLAY is set): run it from a desktop session, or under a virtual display with `xvfb-run -a pyprep`.",
    );
}

#[test]
fn the_app_on_a_display_that_is_not_there_says_so() {
    // No X server listens on this display number, so GTK cannot start.
    let (code, output) = output_of(app().env("DISPLAY", ":4179").env("GDK_BACKEND", "x11"));
    assert_plain_failure(
        code,
        &output,
        "Pyprep could not open its window because GTK could not start on the display \":4179\"",
    );
}

#[test]
fn npm_start_without_a_display_stops_before_building() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/start.mjs");
    let (code, output) = output_of(
        Command::new("node")
            .arg(script)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY"),
    );
    assert_plain_failure(
        code,
        &output,
        "run `npm start` from a desktop session, or under a virtual display with `xvfb-run -a npm start`.",
    );
}
