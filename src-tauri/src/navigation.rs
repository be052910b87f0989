//! The window only ever shows Pyprep's own pages: any navigation elsewhere (a
//! link that slipped past the UI, a redirect) is refused. External links are
//! opened in the system browser by the UI, through the opener plugin.

use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Runtime, Url};

pub fn guard<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("navigation-guard")
        .on_navigation(|_webview, url| is_app_page(url))
        .build()
}

/// The app's own origin (tauri://localhost, or http://tauri.localhost on Windows),
/// and the dev server when running `tauri dev`.
fn is_app_page(url: &Url) -> bool {
    match (url.scheme(), url.host_str()) {
        ("tauri", Some("localhost")) => true,
        ("http" | "https", Some("tauri.localhost")) => true,
        ("http", Some("localhost")) => cfg!(dev) && url.port() == Some(5173),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_app_itself_may_be_shown() {
        for allowed in [
            "tauri://localhost/",
            "tauri://localhost/questions/x",
            "http://tauri.localhost/review",
        ] {
            assert!(is_app_page(&Url::parse(allowed).unwrap()), "{allowed}");
        }
        for refused in [
            "https://example.com/",
            "http://tauri.localhost.example.com/",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "data:text/html,hi",
        ] {
            assert!(!is_app_page(&Url::parse(refused).unwrap()), "{refused}");
        }
    }
}
