//! The system's file dialogs, shown from Rust: the user picks a path, Rust
//! reads or writes that one file, and the webview never handles paths (it has
//! no file-system permission at all).
//!
//! Debug builds only: started with `--test-dialog-dir PATH`, no dialog is
//! shown; a save goes to that folder under the suggested name, and an open
//! takes the newest file there. The end-to-end tests use this (the WebDriver
//! starts the app with a clean environment, so it is an argument); release
//! builds do not read it.

use std::ffi::OsString;
use std::path::PathBuf;

use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

/// The folder that stands in for the dialogs in end-to-end tests.
pub struct TestDialogDir(Option<PathBuf>);

impl TestDialogDir {
    #[cfg(debug_assertions)]
    pub fn from_args(mut args: impl Iterator<Item = OsString>) -> Self {
        while let Some(arg) = args.next() {
            if arg == "--test-dialog-dir" {
                return TestDialogDir(args.next().map(PathBuf::from));
            }
        }
        TestDialogDir(None)
    }

    #[cfg(not(debug_assertions))]
    pub fn from_args(_args: impl Iterator<Item = OsString>) -> Self {
        TestDialogDir(None)
    }
}

/// A kind of file the user saves or opens.
pub struct FileKind {
    pub label: &'static str,
    pub extensions: &'static [&'static str],
}

/// Asks where to save; None when the user cancels.
pub async fn save_path(app: &AppHandle, title: &str, suggested_name: &str, kind: FileKind) -> Option<PathBuf> {
    if let Some(folder) = test_folder(app) {
        return Some(folder.join(suggested_name));
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(suggested_name)
        .add_filter(kind.label, kind.extensions);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .ok()??;
    picked.into_path().ok()
}

/// Asks which file to open; None when the user cancels.
pub async fn open_path(app: &AppHandle, title: &str, kind: FileKind) -> Option<PathBuf> {
    if let Some(folder) = test_folder(app) {
        return newest_file_in(&folder);
    }
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(kind.label, kind.extensions);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
        .await
        .ok()??;
    picked.into_path().ok()
}

fn test_folder(app: &AppHandle) -> Option<PathBuf> {
    app.try_state::<TestDialogDir>()?.0.clone()
}

fn newest_file_in(folder: &std::path::Path) -> Option<PathBuf> {
    std::fs::read_dir(folder)
        .ok()?
        .flatten()
        .filter(|entry| entry.path().is_file())
        .max_by_key(|entry| entry.metadata().and_then(|m| m.modified()).ok())
        .map(|entry| entry.path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_folder_comes_only_from_its_argument_in_debug_builds() {
        let args = ["--data-dir", "/tmp/a", "--test-dialog-dir", "/tmp/b"].map(OsString::from);
        let expected = cfg!(debug_assertions).then(|| PathBuf::from("/tmp/b"));
        assert_eq!(TestDialogDir::from_args(args.into_iter()).0, expected);
        assert_eq!(TestDialogDir::from_args(std::iter::empty()).0, None);
    }
}
