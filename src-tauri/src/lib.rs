//! The Tauri shell: opens the engine at start-up and exposes it through thin commands.

mod backup_timer;
mod bindings;
mod commands;
mod engine_state;
mod error;
mod file_dialog;
mod javascript_engine;
mod navigation;
mod optimizer_timer;
mod runtime_cache;
mod setup;
mod startup;
mod trace;
mod updater;
mod window_state;

pub use bindings::builder as bindings_builder;
use tauri::Manager;

pub fn run() {
    javascript_engine::configure();
    trace::start();
    startup::require_display();
    startup::report_panics_plainly();
    let bindings = bindings::builder();
    let commands = bindings.invoke_handler();
    trace::mark("commands listed");
    let data_dir_override = setup::data_dir_override(std::env::args_os().skip(1));
    tauri::Builder::default()
        .plugin(window_state::plugin(data_dir_override.as_deref()))
        .plugin(navigation::guard())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(commands::transfer::PendingImport::default())
        .manage(file_dialog::TestDialogDir::from_args(std::env::args_os().skip(1)))
        .invoke_handler(move |invoke| {
            trace::mark_once(|| format!("first {} asked", invoke.message.command()));
            commands(invoke)
        })
        .on_page_load(|_, payload| trace::mark_once(|| format!("page load {:?}", payload.event())))
        .register_asynchronous_uri_scheme_protocol(runtime_cache::SCHEME, runtime_cache::handle)
        .setup(move |app| setup::setup(app, data_dir_override))
        .build(tauri::generate_context!())
        .unwrap_or_else(|error| startup::fail(&format!("Pyprep could not start: {error}.")))
        .run(|app, event| match event {
            tauri::RunEvent::Ready => {
                trace::mark("event loop ready");
                startup::window_opened();
            }
            // The last answers reach the main file, and a backup is made if anything changed.
            tauri::RunEvent::Exit => app.state::<engine_state::EngineState>().close(),
            _ => {}
        });
}
