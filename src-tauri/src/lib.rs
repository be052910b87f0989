//! The Tauri shell: opens the engine at start-up and exposes it through thin commands.

mod bindings;
mod commands;
mod engine_state;
mod error;
mod settings_store;
mod setup;
mod window_state;

pub use bindings::builder as bindings_builder;

pub fn run() {
    let bindings = bindings::builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_window_state::Builder::new().build())
        .invoke_handler(bindings.invoke_handler())
        .setup(setup::setup)
        .run(tauri::generate_context!())
        .expect("Pyprep failed to start");
}
