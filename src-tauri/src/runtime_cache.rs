//! A cache for the Python runtime's memory snapshot, served to the Python worker
//! over the `pyruntime` URI scheme. Starting Pyodide from a snapshot skips the
//! interpreter's start-up, which is most of its load time: the first start
//! makes the snapshot (PUT), later starts read it (GET). It is only a cache:
//! one file under `<data dir>/cache/`, safe to delete.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use tauri::http::{header, Method, Request, Response, StatusCode};
use tauri::{Manager, Runtime, UriSchemeContext, UriSchemeResponder};

use crate::setup::DataDir;

pub const SCHEME: &str = "pyruntime";
/// A snapshot of Pyodide's heap is about 31 MB; anything much larger is not one.
const MAX_SNAPSHOT_BYTES: usize = 96 * 1024 * 1024;
const PREFIX: &str = "snapshot-";

pub fn handle<R: Runtime>(context: UriSchemeContext<'_, R>, request: Request<Vec<u8>>, responder: UriSchemeResponder) {
    let folder = context.app_handle().state::<DataDir>().0.join("cache");
    std::thread::spawn(move || responder.respond(serve(&folder, request)));
}

fn serve(folder: &Path, request: Request<Vec<u8>>) -> Response<Cow<'static, [u8]>> {
    if request.method() == Method::OPTIONS {
        return reply(StatusCode::NO_CONTENT, Vec::new());
    }
    let Some(file) = snapshot_path(folder, request.uri().path()) else {
        return reply(StatusCode::BAD_REQUEST, b"not a snapshot name".to_vec());
    };
    match *request.method() {
        Method::GET => match std::fs::read(&file) {
            Ok(bytes) => reply(StatusCode::OK, bytes),
            Err(_) => reply(StatusCode::NOT_FOUND, Vec::new()),
        },
        Method::PUT if request.body().len() > MAX_SNAPSHOT_BYTES => reply(StatusCode::PAYLOAD_TOO_LARGE, Vec::new()),
        Method::PUT => match store(folder, &file, request.body()) {
            Ok(()) => reply(StatusCode::NO_CONTENT, Vec::new()),
            Err(error) => reply(StatusCode::INTERNAL_SERVER_ERROR, error.to_string().into_bytes()),
        },
        _ => reply(StatusCode::METHOD_NOT_ALLOWED, Vec::new()),
    }
}

/// `/snapshot-<version and hash>`: lowercase letters, digits, dots and dashes only.
fn snapshot_path(folder: &Path, path: &str) -> Option<PathBuf> {
    let name = path.trim_start_matches('/');
    let valid = name.starts_with(PREFIX)
        && name.len() <= 120
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
    valid.then(|| folder.join(name))
}

/// Writes the snapshot whole (a temporary file renamed into place) and drops older ones.
fn store(folder: &Path, file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(folder)?;
    let partial = file.with_extension("partial");
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, file)?;
    for entry in std::fs::read_dir(folder)?.flatten() {
        let stale = entry.file_name().to_string_lossy().starts_with(PREFIX) && entry.path() != file;
        if stale {
            std::fs::remove_file(entry.path()).ok();
        }
    }
    Ok(())
}

fn reply(status: StatusCode, body: Vec<u8>) -> Response<Cow<'static, [u8]>> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/octet-stream")
        // The worker runs on the app's own origin, which differs from this scheme's.
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .header(header::ACCESS_CONTROL_ALLOW_METHODS, "GET, PUT, OPTIONS")
        .body(Cow::Owned(body))
        .expect("a response from a status and bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: Method, path: &str, body: &[u8]) -> Request<Vec<u8>> {
        Request::builder()
            .method(method)
            .uri(format!("pyruntime://localhost{path}"))
            .body(body.to_vec())
            .unwrap()
    }

    #[test]
    fn stores_one_snapshot_and_serves_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("cache");
        let missing = serve(&folder, request(Method::GET, "/snapshot-314.0.8-a", b""));
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        for (name, bytes) in [("/snapshot-314.0.8-a", b"old"), ("/snapshot-314.0.8-b", b"new")] {
            let put = serve(&folder, request(Method::PUT, name, bytes));
            assert_eq!(put.status(), StatusCode::NO_CONTENT);
        }
        let got = serve(&folder, request(Method::GET, "/snapshot-314.0.8-b", b""));
        assert_eq!((got.status(), got.body().as_ref()), (StatusCode::OK, b"new".as_slice()));
        let files: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().collect();
        assert_eq!(files.len(), 1, "an older snapshot is dropped");
    }

    #[test]
    fn refuses_other_names_and_methods() {
        let dir = tempfile::tempdir().unwrap();
        for path in ["/../pyprep.sqlite3", "/snapshot-A", "/settings.json", "/snapshot-a/b"] {
            let response = serve(dir.path(), request(Method::PUT, path, b"x"));
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
        }
        let delete = serve(dir.path(), request(Method::DELETE, "/snapshot-a", b""));
        assert_eq!(delete.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
