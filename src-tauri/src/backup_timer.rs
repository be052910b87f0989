//! While the app runs, the database is backed up at most every 30 minutes and
//! only after a change (the engine decides); a backup that fails is reported
//! to the window as a `backup-failed` event, and the earlier backups stay.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::engine_state::EngineState;

const CHECK_EVERY: Duration = Duration::from_secs(60);
pub const FAILED_EVENT: &str = "backup-failed";

pub fn start(app: AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(CHECK_EVERY);
        let state = app.state::<EngineState>();
        if state.problem().is_some() {
            continue;
        }
        let result = tauri::async_runtime::block_on(state.run(|engine| engine.back_up_if_due(false)));
        if let Err(error) = result {
            let _ = app.emit(FAILED_EVENT, error.message);
        }
    });
}
