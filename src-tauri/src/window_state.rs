//! The window's size and position are saved shortly after each move or resize,
//! not only on a clean exit (the plugin's default), so a crash or a forced quit
//! keeps them too.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// The window-state plugin. With a data folder given (`--data-dir`), the window
/// state is kept there too, so a portable copy or a test leaves nothing behind.
pub fn plugin<R: Runtime>(data_dir_override: Option<&Path>) -> TauriPlugin<R> {
    let mut builder = tauri_plugin_window_state::Builder::new();
    if let Some(dir) = data_dir_override {
        // The plugin joins the name to the config folder; joining an absolute path replaces it.
        builder = builder.with_filename(dir.join("window-state.json").to_string_lossy());
    }
    builder.build()
}

/// Saving waits until the window has been still this long.
const QUIET: Duration = Duration::from_millis(400);

pub fn save_on_change(app: &AppHandle) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let (changed, changes) = mpsc::channel::<()>();
    let app = app.clone();
    std::thread::spawn(move || {
        while changes.recv().is_ok() {
            while changes.recv_timeout(QUIET).is_ok() {}
            if let Err(error) = app.save_window_state(StateFlags::all()) {
                eprintln!("Pyprep could not save the window position: {error}");
            }
        }
    });
    window.on_window_event(move |event| {
        if matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            let _ = changed.send(());
        }
    });
}
