use std::ffi::OsString;
use std::path::PathBuf;

use tauri::{App, Manager};

use crate::engine_state::EngineState;
use pyprep_core::settings_file;

/// Where Pyprep keeps its data: the `--data-dir PATH` argument or `PYPREP_DATA_DIR`
/// when given (tests, portable use), otherwise the OS app data dir.
pub struct DataDir(pub PathBuf);

const DATABASE_FILE: &str = "pyprep.sqlite3";
pub const SETTINGS_FILE: &str = "settings.json";

/// What the user should hear about start-up (a settings file that could not be read).
pub struct StartupNotices(pub Vec<String>);

pub fn setup(app: &mut App, data_dir_override: Option<PathBuf>) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = match data_dir_override {
        Some(dir) => dir,
        None => app.path().app_data_dir()?,
    };
    let loaded = settings_file::load(&data_dir.join(SETTINGS_FILE));
    EngineState::open_in_background(app.handle(), data_dir.join(DATABASE_FILE), loaded.settings);
    crate::backup_timer::start(app.handle().clone());
    crate::optimizer_timer::start(app.handle().clone());
    app.manage(DataDir(data_dir));
    app.manage(StartupNotices(loaded.notice.into_iter().collect()));
    crate::window_state::save_on_change(app.handle());
    Ok(())
}

/// The data folder given on the command line or in the environment, if any.
pub fn data_dir_override(mut args: impl Iterator<Item = OsString>) -> Option<PathBuf> {
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
    }
    std::env::var_os("PYPREP_DATA_DIR").map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_dir_argument_wins() {
        let args = ["--data-dir", "/tmp/portable"].map(OsString::from);
        assert_eq!(
            data_dir_override(args.into_iter()),
            Some(PathBuf::from("/tmp/portable"))
        );
    }
}
