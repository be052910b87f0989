use serde::Serialize;

/// What a failed command sends to the UI: a stable kind to branch on and a message to show.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct IpcError {
    pub kind: String,
    pub message: String,
}

impl From<pyprep_core::Error> for IpcError {
    fn from(error: pyprep_core::Error) -> Self {
        IpcError {
            kind: error.kind().to_owned(),
            message: error.to_string(),
        }
    }
}

impl IpcError {
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError {
            kind: "internal".to_owned(),
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_kind_and_message() {
        let error = IpcError::from(pyprep_core::Error::NewerDatabase { found: 9, supported: 1 });
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["kind"], "newer_database");
        assert!(json["message"].as_str().unwrap().contains("newer version of Pyprep"));
        assert_eq!(json.as_object().unwrap().len(), 2);
    }

    #[test]
    fn every_engine_error_has_a_kind() {
        let error = IpcError::from(pyprep_core::Error::NothingToUndo);
        assert_eq!(
            (error.kind.as_str(), error.message.as_str()),
            ("nothing_to_undo", "there is no answer to undo")
        );
    }
}
