//! Embeds the question bank (`content/` at the repository root) into the
//! binary, with a hash so the app knows when the bank changed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let content = manifest.join("../../content").canonicalize().expect("content/ folder");
    println!("cargo:rerun-if-changed={}", content.display());

    let mut files = Vec::new();
    collect(&content, &content, &mut files);
    files.sort();

    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut out = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for (relative, absolute) in &files {
        let text = std::fs::read(absolute).expect("readable content file");
        for byte in relative.as_bytes().iter().chain(&[0]).chain(&text) {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        writeln!(
            out,
            "    ({relative:?}, include_str!({:?})),",
            absolute.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    writeln!(out, "pub const CONTENT_HASH: &str = \"{hash:016x}\";").unwrap();

    let target = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_content.rs");
    std::fs::write(target, out).unwrap();
}

/// Every `.md` and `.toml` file under `dir`, as (path relative to `content/`, absolute path).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "toml")) {
            let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            if relative != "README.md" {
                files.push((relative, path));
            }
        }
    }
}
