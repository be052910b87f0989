//! The `content/` folder as it was at build time (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

/// The embedded bank, parsed.
pub fn bank() -> crate::Result<super::Bank> {
    super::load_bank(FILES.iter().copied()).map_err(crate::Error::Content)
}
