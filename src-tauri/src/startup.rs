//! When Pyprep cannot get as far as its window: one sentence on stderr and a
//! non-zero exit, never a panic's backtrace. Problems with the data folder or the database are not
//! handled here: the window opens and says what is wrong (see `EngineState`).

use std::panic::PanicHookInfo;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the window is up; from then on a panic is reported the usual way.
static WINDOW_OPEN: AtomicBool = AtomicBool::new(false);

pub const NO_DISPLAY: &str = "Pyprep needs a display for its window and found none (neither DISPLAY nor WAYLAND_DISPLAY is set): run it from a desktop session, or under a virtual display with `xvfb-run -a pyprep`.";

/// Stops with the sentence above when no display is set, where windows need one (Linux, the BSDs).
pub fn require_display() {
    if needs_display_variable() && !has_display(|name| std::env::var_os(name)) {
        fail(NO_DISPLAY);
    }
}

fn needs_display_variable() -> bool {
    cfg!(all(
        unix,
        not(target_os = "macos"),
        not(target_os = "android"),
        not(target_os = "ios")
    ))
}

fn has_display(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|name| var(name).is_some_and(|value| !value.is_empty()))
}

/// Until the window is open, a panic (GTK that cannot reach the display, a
/// webview that cannot be created) ends the app with a sentence instead of a backtrace.
pub fn report_panics_plainly() {
    let usual = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if WINDOW_OPEN.load(Ordering::SeqCst) {
            usual(info);
        } else {
            fail(&sentence_for(&panic_message(info)));
        }
    }));
}

pub fn window_opened() {
    WINDOW_OPEN.store(true, Ordering::SeqCst);
}

fn panic_message(info: &PanicHookInfo) -> String {
    let payload = info.payload();
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unexpected error".to_owned())
}

/// What to tell the user about a start-up panic.
fn sentence_for(message: &str) -> String {
    if message.to_lowercase().contains("gtk") {
        let display = std::env::var("DISPLAY")
            .or_else(|_| std::env::var("WAYLAND_DISPLAY"))
            .unwrap_or_default();
        return format!(
            "Pyprep could not open its window because GTK could not start on the display {display:?}: check that the display is running and reachable, or run Pyprep under a virtual display with `xvfb-run -a pyprep`."
        );
    }
    let reason = message.strip_prefix("Failed to setup app: ").unwrap_or(message);
    format!("Pyprep could not start: {}.", reason.trim_end_matches('.'))
}

/// Says `sentence` on stderr and exits with 1.
pub fn fail(sentence: &str) -> ! {
    eprintln!("{sentence}");
    std::process::exit(1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_variable_is_no_display() {
        let set = |value: &'static str| move |name: &str| (name == "DISPLAY").then(|| value.into());
        assert!(has_display(set(":0")));
        assert!(!has_display(set("")));
        assert!(!has_display(|_| None));
        assert!(has_display(
            |name| (name == "WAYLAND_DISPLAY").then(|| "wayland-0".into())
        ));
    }

    #[test]
    fn a_setup_failure_reads_as_one_sentence() {
        assert_eq!(
            sentence_for("Failed to setup app: error encountered during setup hook: no home folder."),
            "Pyprep could not start: error encountered during setup hook: no home folder."
        );
        let gtk = sentence_for("Failed to initialize gtk backend!: BoolError");
        assert!(gtk.contains("xvfb-run -a pyprep"), "{gtk}");
    }
}
