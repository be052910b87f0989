//! While the app runs, the FSRS parameters are fitted again when the engine
//! says a fit is due (enough new reviews, or a month); the window hears of it
//! through a `parameters-updated` event.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::engine_state::EngineState;

const CHECK_EVERY: Duration = Duration::from_secs(10 * 60);
const FIRST_CHECK_AFTER: Duration = Duration::from_secs(90);
pub const UPDATED_EVENT: &str = "parameters-updated";

pub fn start(app: AppHandle) {
    std::thread::spawn(move || {
        std::thread::sleep(FIRST_CHECK_AFTER);
        loop {
            let state = app.state::<EngineState>();
            if state.problem().is_none() {
                let due = tauri::async_runtime::block_on(state.run(|engine| engine.optimizer_due()));
                if due.unwrap_or(false) {
                    match tauri::async_runtime::block_on(crate::commands::scheduling::optimize(&state, false)) {
                        Ok(status) => {
                            let _ = app.emit(UPDATED_EVENT, status);
                        }
                        Err(error) => eprintln!("Pyprep could not fit its scheduling parameters: {}", error.message),
                    }
                }
            }
            std::thread::sleep(CHECK_EVERY);
        }
    });
}
