//! The window only ever shows Pyprep's own pages: any navigation elsewhere (a
//! link that slipped past the UI, a redirect) is refused. External links are
//! handed to the system browser, and only web links.

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

/// `address` when it is a web page (http or https with a host), the only kind
/// of link the system browser is asked to open.
pub fn web_link(address: &str) -> Option<Url> {
    Url::parse(address)
        .ok()
        .filter(|url| matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|host| !host.is_empty()))
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

    #[test]
    fn only_web_pages_go_to_the_browser() {
        for web in ["https://docs.python.org/3/", "http://example.com/a?b=c"] {
            assert_eq!(web_link(web).map(String::from).as_deref(), Some(web));
        }
        for refused in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "smb://host/share",
            "/home/user/.bashrc",
            "https://",
            "tauri://localhost/",
            "",
        ] {
            assert!(web_link(refused).is_none(), "{refused}");
        }
    }
}
