//! The TypeScript bindings of every command, generated from the Rust types
//! into `ui/src/lib/bindings.ts`. Regenerate with `npm run bindings`.

use tauri_specta::{collect_commands, Builder};

use crate::commands::{
    about, catalog, challenges, data, marks, progress, python, review, rounds, scheduling, search, settings, transfer,
    updates, welcome,
};

pub fn builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new().commands(collect_commands![
        catalog::list_modules,
        catalog::module_page,
        catalog::question,
        challenges::challenge_work,
        challenges::save_draft,
        challenges::submit_attempt,
        challenges::grade_attempt,
        data::backups,
        data::back_up_now,
        data::restore_backup,
        data::check_database,
        data::database_status,
        data::reopen_database,
        data::recover,
        data::quit_app,
        marks::mark,
        marks::flagged_questions,
        marks::save_note,
        progress::progress,
        progress::study_plan,
        python::python_status,
        python::run_python,
        review::queue_counts,
        review::next_review,
        review::check_answer,
        review::answer,
        review::undo,
        rounds::round_presets,
        rounds::start_round,
        rounds::round,
        rounds::active_round,
        rounds::resume_round,
        rounds::update_round,
        rounds::finish_round,
        rounds::score_round_question,
        rounds::complete_round,
        rounds::record_round_tests,
        rounds::round_results,
        rounds::round_history,
        scheduling::question_schedule,
        scheduling::optimizer_status,
        scheduling::optimize_now,
        scheduling::use_default_parameters,
        scheduling::simulate_plan,
        scheduling::plan_options,
        scheduling::next_ahead,
        scheduling::answer_ahead,
        search::search,
        about::about,
        about::open_data_folder,
        about::open_web_link,
        settings::get_settings,
        settings::set_settings,
        settings::startup_notices,
        transfer::export_progress,
        transfer::export_review_log,
        transfer::export_anki,
        transfer::preview_import,
        transfer::import_progress,
        transfer::cancel_import,
        updates::check_for_updates,
        updates::install_update,
        welcome::needs_welcome,
        welcome::finish_welcome,
    ])
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use specta_typescript::Typescript;

    const HEADER: &str = "// Generated from the Rust types by tauri-specta: do not edit. Run `npm run bindings` after changing a command.\n";

    #[test]
    fn committed_bindings_match_the_rust_types() {
        let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
        let fresh_path = std::env::temp_dir().join(format!("pyprep-bindings-{}.ts", std::process::id()));
        super::builder()
            .export(Typescript::default().header(HEADER), &fresh_path)
            .expect("export bindings");
        let fresh = std::fs::read_to_string(&fresh_path).unwrap();
        std::fs::remove_file(&fresh_path).ok();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&committed_path, &fresh).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/bindings.ts is stale: run `npm run bindings` and commit the result"
        );
    }
}
